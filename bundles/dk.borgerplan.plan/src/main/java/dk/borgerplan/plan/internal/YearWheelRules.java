package dk.borgerplan.plan.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import dk.borgerplan.plan.Citizen;
import dk.borgerplan.plan.CycleStage;
import dk.borgerplan.plan.DanishTime;
import dk.borgerplan.plan.Goal;
import dk.borgerplan.plan.GoalStaircase;
import dk.borgerplan.plan.GroupPreparationMeeting;
import dk.borgerplan.plan.GroupPreparationMeetingDraft;
import dk.borgerplan.plan.MonthPlanning;
import dk.borgerplan.plan.OctoberPlanning;
import dk.borgerplan.plan.Offer;
import dk.borgerplan.plan.OfferPlanning;
import dk.borgerplan.plan.Plan;
import dk.borgerplan.plan.PlanCycle;
import dk.borgerplan.plan.ScheduledMeeting;
import dk.borgerplan.plan.ScheduledMeetingDraft;
import dk.borgerplan.plan.ScheduledMeetingKind;
import dk.borgerplan.plan.TargetGroup;
import dk.borgerplan.plan.Violation;
import dk.borgerplan.plan.YearWheelItem;
import dk.borgerplan.plan.YearWheelItemKind;
import dk.borgerplan.platform.Text;

/**
 * The year wheel's rules: what a scheduled or group meeting must be, who may sign up, what the overview points out,
 * and how the October planning groups the meetings. Pure: no store, no clock — "today" and "now" are given, in
 * Danish time. Days are counted as Danish calendar days ({@link ChronoUnit#DAYS} between two dates), never as
 * 24-hour spans, so a span across the change to or from summer time is as many days as the calendar shows.
 */
final class YearWheelRules {

    /**
     * "ca. 12 uger forinden" (seed 001, 2.2.1): a plan meeting 84 days away or less — exactly 12 weeks included —
     * must have been announced, and needs a preparation meeting before it. 85 days away is not yet due.
     */
    static final int NOTICE_DAYS = 12 * 7;
    /** A new citizen's follow-up is due this many months after registration (seed 001, 2.2.1, note 1). */
    static final int FOLLOW_UP_MONTHS = 3;
    /** The follow-up is pointed out from this many days before it is due, while no plan meeting is set for it. */
    static final int FOLLOW_UP_LEAD_DAYS = 28;
    /**
     * ... and until this many months after it: a citizen still in a first cycle later than that is not a new citizen
     * (e.g. one registered in Borgerplan when it was taken into use), and is pointed out by the missing plan meeting.
     */
    static final int FOLLOW_UP_OVERDUE_MONTHS = 3;
    /** Group preparation meetings a year per area: the method's norm (seed 001, 2.2.1: "fire gange årligt"). */
    static final int GROUP_MEETINGS_PER_YEAR = 4;
    /** Next year's group meetings are planned from November (seed 001, 2.2.1), and counted from then. */
    static final Month GROUP_PLANNING_FROM = Month.NOVEMBER;
    static final int DURATION_MIN = 15;
    static final int DURATION_MAX = 8 * 60;
    static final int CAPACITY_MIN = 1;
    static final int CAPACITY_MAX = 50;
    /** The longest period a planning view reads at once. */
    static final int RANGE_MAX_DAYS = 2 * 366;

    /** The stages from the follow-up on, in which every active goal should have a sub-goal. */
    static final Set<CycleStage> SUB_GOAL_STAGES = EnumSet.of(CycleStage.FOLLOW_UP, CycleStage.TARGETED_EFFORT,
            CycleStage.STATUS_REVIEW);
    /** The stages of a first cycle before its plan is made: the follow-up has not been held yet. */
    static final Set<CycleStage> BEFORE_PLAN = EnumSet.of(CycleStage.PREPARATION, CycleStage.PLAN_MEETING);

    private static final DateTimeFormatter DANISH_DATE = DateTimeFormatter.ofPattern("d. MMMM yyyy",
            Locale.forLanguageTag("da"));
    private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private YearWheelRules() {
    }

    // ---- Meetings -------------------------------------------------------------------------------------------------

    static List<Violation> check(ScheduledMeetingDraft draft, LocalDate today) {
        List<Violation> violations = new ArrayList<>();
        if (draft == null) {
            violations.add(Violation.of("kind", "required"));
            violations.add(Violation.of("start", "required"));
            return violations;
        }
        if (draft.kind() == null) {
            violations.add(Violation.of("kind", "required"));
        }
        time(violations, draft.start(), draft.durationMinutes(), today);
        PlanRules.optionalText(violations, "place", draft.place(), PlanRules.NAME_MAX);
        PreparationRules.participants(violations, "", draft.participants());
        return violations;
    }

    static List<Violation> check(GroupPreparationMeetingDraft draft, LocalDate today) {
        List<Violation> violations = new ArrayList<>();
        if (draft == null) {
            violations.add(Violation.of("area", "required"));
            violations.add(Violation.of("start", "required"));
            return violations;
        }
        if (draft.area() == null) {
            violations.add(Violation.of("area", "required"));
        }
        time(violations, draft.start(), draft.durationMinutes(), today);
        PlanRules.optionalText(violations, "place", draft.place(), PlanRules.NAME_MAX);
        if (draft.capacity() == null) {
            violations.add(Violation.of("capacity", "required"));
        } else if (draft.capacity() < CAPACITY_MIN || draft.capacity() > CAPACITY_MAX) {
            violations.add(Violation.of("capacity", "capacityRange", CAPACITY_MIN, CAPACITY_MAX));
        }
        return violations;
    }

    /** A change of a group meeting that already has sign-ups: not below them, not to another area. */
    static List<Violation> change(GroupPreparationMeeting current, GroupPreparationMeetingDraft draft) {
        List<Violation> violations = new ArrayList<>();
        int signedUp = current.signUps().size();
        if (draft.capacity() != null && draft.capacity() < signedUp) {
            violations.add(Violation.of("capacity", "belowSignedUp", signedUp));
        }
        if (signedUp > 0 && draft.area() != null && draft.area() != current.area()) {
            violations.add(Violation.of("area", "areaHasSignUps"));
        }
        return violations;
    }

    /** A start within {@link PreparationRules#DATE_YEARS} years of today that exists in Danish time, and a duration. */
    private static void time(List<Violation> violations, LocalDateTime start, Integer durationMinutes,
            LocalDate today) {
        if (start == null) {
            violations.add(Violation.of("start", "required"));
        } else if (start.toLocalDate().isBefore(today.minusYears(PreparationRules.DATE_YEARS))
                || start.toLocalDate().isAfter(today.plusYears(PreparationRules.DATE_YEARS))) {
            violations.add(Violation.of("start", "dateOutOfRange", PreparationRules.DATE_YEARS));
        } else if (DanishTime.skipped(start)) {
            violations.add(Violation.of("start", "timeSkipped"));
        }
        if (durationMinutes == null) {
            violations.add(Violation.of("durationMinutes", "required"));
        } else if (durationMinutes < DURATION_MIN || durationMinutes > DURATION_MAX) {
            violations.add(Violation.of("durationMinutes", "durationRange", DURATION_MIN, DURATION_MAX));
        }
    }

    /** Whether a change moves the calendar's event (time, duration, place, participants): it raises the sequence. */
    static boolean movesEvent(ScheduledMeeting current, ScheduledMeeting changed) {
        return !current.start().equals(changed.start()) || current.durationMinutes() != changed.durationMinutes()
                || !Objects.equals(current.place(), changed.place())
                || !current.participants().equals(changed.participants());
    }

    static boolean movesEvent(GroupPreparationMeeting current, GroupPreparationMeeting changed) {
        return current.area() != changed.area() || !current.start().equals(changed.start())
                || current.durationMinutes() != changed.durationMinutes()
                || !Objects.equals(current.place(), changed.place());
    }

    /**
     * The announcement after a change: kept while the meeting stays on the same Danish calendar date (the seed asks
     * that citizen and contact person know the date), void when the date moves — it must be made again.
     */
    static boolean keepsAnnouncement(ScheduledMeeting current, LocalDateTime newStart) {
        return current.date().equals(newStart.toLocalDate());
    }

    /**
     * Whether {@code citizen} may sign up for {@code meeting} {@code now} (Danish wall-clock time): it stands, has
     * not started, is of one of the citizen's areas, has room, and the citizen is not on it already.
     */
    static List<Violation> signUp(GroupPreparationMeeting meeting, Citizen citizen, LocalDateTime now) {
        List<Violation> violations = new ArrayList<>();
        if (meeting.isCancelled()) {
            violations.add(Violation.of("cancelled", "meetingCancelled"));
        }
        if (!meeting.start().isAfter(now)) {
            violations.add(Violation.of("start", "meetingPast"));
        }
        if (!citizen.targetGroups().contains(meeting.area())) {
            violations.add(Violation.of("area", "notInArea", meeting.area().label()));
        }
        if (meeting.signedUp(citizen.id())) {
            violations.add(Violation.of("citizenId", "alreadySignedUp"));
        } else if (meeting.full()) {
            violations.add(Violation.of("capacity", "groupFull", meeting.capacity()));
        }
        return violations;
    }

    static List<Violation> withdraw(GroupPreparationMeeting meeting, String citizenId, LocalDateTime now) {
        List<Violation> violations = new ArrayList<>();
        if (!meeting.signedUp(citizenId)) {
            violations.add(Violation.of("citizenId", "notSignedUp"));
        }
        if (!meeting.start().isAfter(now)) {
            violations.add(Violation.of("start", "meetingPast"));
        }
        return violations;
    }

    static List<Violation> range(LocalDate from, LocalDate to) {
        List<Violation> violations = new ArrayList<>();
        if (from == null) {
            violations.add(Violation.of("from", "required"));
        }
        if (to == null) {
            violations.add(Violation.of("to", "required"));
        }
        if (from != null && to != null && (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) > RANGE_MAX_DAYS)) {
            violations.add(Violation.of("to", "dateRange", RANGE_MAX_DAYS));
        }
        return violations;
    }

    /** Danish calendar days from {@code today} to {@code date}: negative when it has passed. */
    static long daysUntil(LocalDate today, LocalDate date) {
        return ChronoUnit.DAYS.between(today, date);
    }

    /** From today up to and including 12 weeks (84 days) ahead. */
    static boolean withinNotice(LocalDate today, LocalDate date) {
        long days = daysUntil(today, date);
        return days >= 0 && days <= NOTICE_DAYS;
    }

    /** A new citizen's follow-up: three months after the Danish date of registration (30 November → 29 February). */
    static LocalDate followUpDue(Citizen citizen) {
        return DanishTime.dateOf(citizen.created().at()).plusMonths(FOLLOW_UP_MONTHS);
    }

    // ---- The overview ---------------------------------------------------------------------------------------------

    /**
     * What the model read about one citizen for the overview.
     *
     * @param cycles the citizen's cycles, the newest first
     * @param plan the open cycle's plan, or null
     * @param hasPlan the citizen has a plan at all (one made outside a cycle counts)
     * @param staircases the staircases of the plan's goals, by goal id (a goal without one is missing)
     * @param meetings the citizen's scheduled meetings, cancelled ones included
     * @param groupMeetings the group meetings the citizen is signed up for, cancelled ones included
     * @param preparationDates the dates of the preparation meetings registered in the citizen's recent cycles
     */
    record CitizenFacts(Citizen citizen, List<PlanCycle> cycles, Plan plan, boolean hasPlan,
            Map<String, GoalStaircase> staircases, List<ScheduledMeeting> meetings,
            List<GroupPreparationMeeting> groupMeetings, List<LocalDate> preparationDates) {

        PlanCycle openCycle() {
            return cycles.stream().filter(PlanCycle::open).findFirst().orElse(null);
        }

        /** The uncancelled plan meetings, by start. */
        List<ScheduledMeeting> planMeetings() {
            return meetings.stream().filter(m -> m.kind() == ScheduledMeetingKind.PLAN_MEETING)
                    .filter(m -> !m.isCancelled()).sorted(Comparator.comparing(ScheduledMeeting::start)).toList();
        }
    }

    /** The area's count of group meetings in a year, for {@link #fewGroupMeetings}. */
    record AreaYear(TargetGroup area, int year) {
    }

    static List<YearWheelItem> overview(List<CitizenFacts> citizens, Map<AreaYear, Integer> groupMeetings,
            LocalDate today) {
        List<YearWheelItem> items = new ArrayList<>();
        for (CitizenFacts facts : citizens) {
            items.addAll(citizen(facts, today));
        }
        items.addAll(fewGroupMeetings(groupMeetings));
        items.sort(Comparator.comparing(YearWheelItem::date, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(YearWheelItem::kind)
                .thenComparing(YearWheelItem::citizenId, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(i -> i.area() == null ? "" : i.area().name())
                .thenComparing(i -> i.year() == null ? 0 : i.year())
                .thenComparing(i -> i.goalId() == null ? "" : i.goalId()));
        return items;
    }

    /** The years whose group meetings are counted on {@code today}: this year, and from November the next one. */
    static List<Integer> groupYears(LocalDate today) {
        return today.getMonth().compareTo(GROUP_PLANNING_FROM) >= 0 ? List.of(today.getYear(), today.getYear() + 1)
                : List.of(today.getYear());
    }

    static List<YearWheelItem> citizen(CitizenFacts facts, LocalDate today) {
        List<YearWheelItem> items = new ArrayList<>();
        String citizenId = facts.citizen().id();
        PlanCycle open = facts.openCycle();
        String cycleId = open == null ? null : open.id();
        List<ScheduledMeeting> planMeetings = facts.planMeetings();
        List<ScheduledMeeting> coming = planMeetings.stream().filter(m -> !m.date().isBefore(today)).toList();

        if ((open != null || facts.hasPlan()) && coming.isEmpty()) {
            items.add(item(YearWheelItemKind.PLAN_MEETING_NOT_SCHEDULED, citizenId, null, null, cycleId, null, null,
                    YearWheelItemKind.PLAN_MEETING_NOT_SCHEDULED.label()));
        }
        for (ScheduledMeeting meeting : coming) {
            if (!withinNotice(today, meeting.date())) {
                continue;
            }
            if (!meeting.isAnnounced()) {
                items.add(item(YearWheelItemKind.NOT_ANNOUNCED, citizenId, meeting.date(), meeting.id(),
                        meeting.cycleId(), null, null, Text.of(
                                "Borgerplansmødet " + danish(meeting.date())
                                        + " er ikke meldt ud til borger og kontaktperson (ca. 12 uger før)",
                                "The plan meeting on " + english(meeting.date())
                                        + " has not been announced to citizen and contact person (about 12 weeks before)")));
            }
            if (!prepared(facts, planMeetings, meeting)) {
                items.add(item(YearWheelItemKind.PREPARATION_MISSING, citizenId, meeting.date(), meeting.id(),
                        meeting.cycleId(), null, null, Text.of(
                                "Intet forberedelsesmøde før borgerplansmødet " + danish(meeting.date()),
                                "No preparation meeting before the plan meeting on " + english(meeting.date()))));
            }
        }
        Plan plan = facts.plan();
        if (open != null && plan != null) {
            if (!plan.approved()) {
                items.add(item(YearWheelItemKind.PLAN_NOT_APPROVED, citizenId, null, null, cycleId, plan.id(), null,
                        YearWheelItemKind.PLAN_NOT_APPROVED.label()));
            }
            if (SUB_GOAL_STAGES.contains(open.stage())) {
                for (Goal goal : plan.goals()) {
                    GoalStaircase staircase = facts.staircases().get(goal.id());
                    if (goal.active() && (staircase == null || !staircase.hasSubGoal())) {
                        items.add(item(YearWheelItemKind.SUB_GOAL_MISSING, citizenId, null, null, cycleId, plan.id(),
                                goal.id(), Text.of("Mål " + goal.number() + " har intet delmål",
                                        "Goal " + goal.number() + " has no sub-goal")));
                    }
                }
            }
        }
        followUp(facts, today, planMeetings).ifPresent(items::add);
        return items;
    }

    /**
     * Whether the citizen prepares for {@code meeting}: a registered preparation meeting dated on or before its date,
     * or a scheduled individual one or a group meeting signed up for (neither cancelled) starting before it — in
     * each case after the previous plan meeting, so that last year's preparation does not count for this year.
     */
    static boolean prepared(CitizenFacts facts, List<ScheduledMeeting> planMeetings, ScheduledMeeting meeting) {
        LocalDateTime after = planMeetings.stream().map(ScheduledMeeting::start)
                .filter(start -> start.isBefore(meeting.start())).max(Comparator.naturalOrder()).orElse(null);
        LocalDateTime before = meeting.start();
        boolean scheduled = facts.meetings().stream()
                .filter(m -> m.kind() == ScheduledMeetingKind.PREPARATION_MEETING && !m.isCancelled())
                .anyMatch(m -> between(m.start(), after, before));
        boolean group = facts.groupMeetings().stream().filter(g -> !g.isCancelled())
                .anyMatch(g -> between(g.start(), after, before));
        boolean registered = facts.preparationDates().stream().anyMatch(date -> !date.isAfter(before.toLocalDate())
                && (after == null || date.isAfter(after.toLocalDate())));
        return scheduled || group || registered;
    }

    private static boolean between(LocalDateTime time, LocalDateTime after, LocalDateTime before) {
        return time.isBefore(before) && (after == null || time.isAfter(after));
    }

    /**
     * A new citizen (no cycle yet, or the first one before its plan is made) whose three-month follow-up is due
     * within {@link #FOLLOW_UP_LEAD_DAYS} days or overdue (up to {@link #FOLLOW_UP_OVERDUE_MONTHS} months), with no
     * plan meeting from registration to the due date.
     * A plan meeting scheduled after it still leaves the item, naming that meeting: it is late.
     */
    static java.util.Optional<YearWheelItem> followUp(CitizenFacts facts, LocalDate today,
            List<ScheduledMeeting> planMeetings) {
        Citizen citizen = facts.citizen();
        if (citizen.created() == null || citizen.created().at() == null) {
            return java.util.Optional.empty();
        }
        boolean isNew = facts.cycles().isEmpty() || facts.cycles().size() == 1 && facts.cycles().get(0).number() == 1
                && BEFORE_PLAN.contains(facts.cycles().get(0).stage());
        LocalDate registered = DanishTime.dateOf(citizen.created().at());
        LocalDate due = followUpDue(citizen);
        if (!isNew || daysUntil(today, due) > FOLLOW_UP_LEAD_DAYS
                || today.isAfter(due.plusMonths(FOLLOW_UP_OVERDUE_MONTHS))) {
            return java.util.Optional.empty();
        }
        List<ScheduledMeeting> since = planMeetings.stream().filter(m -> !m.date().isBefore(registered)).toList();
        if (since.stream().anyMatch(m -> !m.date().isAfter(due))) {
            return java.util.Optional.empty();
        }
        ScheduledMeeting late = since.isEmpty() ? null : since.get(0);
        Text label = late == null
                ? Text.of("Tremåneders-opfølgning senest " + danish(due) + ": intet borgerplansmøde er planlagt",
                        "Three-month follow-up by " + english(due) + ": no plan meeting scheduled")
                : Text.of("Tremåneders-opfølgning senest " + danish(due) + ": borgerplansmødet er planlagt senere, "
                        + danish(late.date()), "Three-month follow-up by " + english(due)
                                + ": the plan meeting is scheduled later, on " + english(late.date()));
        PlanCycle open = facts.openCycle();
        return java.util.Optional.of(item(YearWheelItemKind.THREE_MONTH_FOLLOW_UP, citizen.id(), due,
                late == null ? null : late.id(), open == null ? null : open.id(), null, null, label));
    }

    /** An item for each area and year with fewer than four uncancelled group meetings. */
    static List<YearWheelItem> fewGroupMeetings(Map<AreaYear, Integer> counts) {
        List<YearWheelItem> items = new ArrayList<>();
        counts.forEach((areaYear, count) -> {
            if (count < GROUP_MEETINGS_PER_YEAR) {
                TargetGroup area = areaYear.area();
                items.add(new YearWheelItem(YearWheelItemKind.FEW_GROUP_MEETINGS, null, null, null, null, null, null,
                        area, areaYear.year(), count, Text.of(
                                area.label().in(Locale.ROOT) + ": " + count + " gruppeforberedelsesmøder planlagt i "
                                        + areaYear.year() + " (normen er fire om året)",
                                area.label().in(Locale.ENGLISH) + ": " + count
                                        + " group preparation meetings planned in " + areaYear.year()
                                        + " (the norm is four a year)")));
            }
        });
        return items;
    }

    private static YearWheelItem item(YearWheelItemKind kind, String citizenId, LocalDate date, String meetingId,
            String cycleId, String planId, String goalId, Text label) {
        return new YearWheelItem(kind, citizenId, date, meetingId, cycleId, planId, goalId, null, null, 0, label);
    }

    static String danish(LocalDate date) {
        return DANISH_DATE.format(date);
    }

    static String english(LocalDate date) {
        return ENGLISH_DATE.format(date);
    }

    // ---- October planning -----------------------------------------------------------------------------------------

    /**
     * The year's plan meetings (uncancelled, held in {@code year} by the Danish calendar) per offer and month, and
     * the citizens without one. An offer is its provider and name, compared without case and surrounding blanks.
     */
    static OctoberPlanning octoberPlanning(int year, List<Citizen> citizens,
            Map<String, List<ScheduledMeeting>> meetingsByCitizen) {
        Map<String, List<ScheduledMeeting>> inYear = new LinkedHashMap<>();
        List<String> unscheduled = new ArrayList<>();
        for (Citizen citizen : citizens) {
            List<ScheduledMeeting> meetings = meetingsByCitizen.getOrDefault(citizen.id(), List.of()).stream()
                    .filter(m -> m.kind() == ScheduledMeetingKind.PLAN_MEETING && !m.isCancelled())
                    .filter(m -> m.start().getYear() == year)
                    .sorted(Comparator.comparing(ScheduledMeeting::start).thenComparing(ScheduledMeeting::id))
                    .toList();
            inYear.put(citizen.id(), meetings);
            if (meetings.isEmpty()) {
                unscheduled.add(citizen.id());
            }
        }
        Map<String, OfferGroup> groups = new LinkedHashMap<>();
        for (Citizen citizen : citizens) {
            List<Offer> offers = citizen.offers().isEmpty() ? java.util.Collections.singletonList(null)
                    : citizen.offers();
            for (Offer offer : offers) {
                String key = offer == null ? null : key(offer.provider()) + "\u0000" + key(offer.name());
                OfferGroup group = groups.computeIfAbsent(key, k -> new OfferGroup(
                        offer == null ? null : offer.name(), offer == null ? null : offer.provider()));
                if (!group.citizenIds.contains(citizen.id())) {
                    group.citizenIds.add(citizen.id());
                    group.meetings.addAll(inYear.get(citizen.id()));
                }
            }
        }
        List<OfferPlanning> offers = groups.values().stream()
                .sorted(Comparator.comparing((OfferGroup g) -> g.name == null)
                        .thenComparing(g -> g.provider == null ? "" : g.provider.strip().toLowerCase(Locale.ROOT))
                        .thenComparing(g -> g.name == null ? "" : g.name.strip().toLowerCase(Locale.ROOT)))
                .map(g -> g.planning(inYear)).toList();
        return new OctoberPlanning(year, offers, unscheduled);
    }

    private static String key(String text) {
        return text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    }

    private static final class OfferGroup {
        final String name;
        final String provider;
        final List<String> citizenIds = new ArrayList<>();
        final List<ScheduledMeeting> meetings = new ArrayList<>();

        OfferGroup(String name, String provider) {
            this.name = name;
            this.provider = provider;
        }

        OfferPlanning planning(Map<String, List<ScheduledMeeting>> inYear) {
            List<MonthPlanning> months = new ArrayList<>();
            for (Month month : Month.values()) {
                months.add(new MonthPlanning(month, meetings.stream().filter(m -> m.start().getMonth() == month)
                        .sorted(Comparator.comparing(ScheduledMeeting::start).thenComparing(ScheduledMeeting::id))
                        .toList()));
            }
            List<String> unscheduled = citizenIds.stream().filter(id -> inYear.get(id).isEmpty()).toList();
            return new OfferPlanning(name, provider, citizenIds, months, unscheduled);
        }
    }
}
