package dk.borgerplan.generator.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

import dk.borgerplan.access.Grant;
import dk.borgerplan.access.GrantKind;
import dk.borgerplan.plan.ActionPlanElements;
import dk.borgerplan.plan.Approval;
import dk.borgerplan.plan.ApprovalParty;
import dk.borgerplan.plan.Citizen;
import dk.borgerplan.plan.CprNumber;
import dk.borgerplan.plan.CycleStage;
import dk.borgerplan.plan.CycleTransition;
import dk.borgerplan.plan.DanishTime;
import dk.borgerplan.plan.FieldEntry;
import dk.borgerplan.plan.Goal;
import dk.borgerplan.plan.GoalClosing;
import dk.borgerplan.plan.GoalReview;
import dk.borgerplan.plan.GoalStaircase;
import dk.borgerplan.plan.GoalStatus;
import dk.borgerplan.plan.GoalType;
import dk.borgerplan.plan.Offer;
import dk.borgerplan.plan.OfferKind;
import dk.borgerplan.plan.Participant;
import dk.borgerplan.plan.ParticipantRole;
import dk.borgerplan.plan.PersonRole;
import dk.borgerplan.plan.Plan;
import dk.borgerplan.plan.PlanCycle;
import dk.borgerplan.plan.PlanLook;
import dk.borgerplan.plan.PlanMeeting;
import dk.borgerplan.plan.RelatedPerson;
import dk.borgerplan.plan.ReviewOutcome;
import dk.borgerplan.plan.Score;
import dk.borgerplan.plan.Smart;
import dk.borgerplan.plan.SpecialConditions;
import dk.borgerplan.plan.StaircaseEvent;
import dk.borgerplan.plan.Stamp;
import dk.borgerplan.plan.SubGoal;
import dk.borgerplan.plan.SubGoalStatus;
import dk.borgerplan.plan.TargetGroup;
import dk.borgerplan.plan.ThemeField;
import dk.borgerplan.plan.spi.BulkPlanStore.History;

/**
 * Makes one fictitious citizen's history from a seed and the citizen's sequence number, the same every time: the
 * citizen (name "… Testesen 000123", a fictitious CPR number), three yearly cycles — the first two closed with every
 * goal reviewed, the third open in the follow-up, the targeted effort or at the status review —, the plan of each
 * cycle (1–3 goals, scored on FKO, lower is better), continued goals in the same lineage, and the goal staircases.
 * The history is what the plan model would have stored had the year been lived through its services: the same stages
 * in order, approvals before the follow-up, a sub-goal under every active goal before the targeted effort, a review of
 * every goal before a cycle closes, only goals reviewed "continue" continued.
 */
final class HistoryGenerator {

    /** Who the generated changes are stamped by (no user account has this id). */
    static final String ACTOR = "generator";

    /** The acting municipalities: most are Randers' own, some from the municipalities around it (kommunekoder). */
    private static final String HOME_MUNICIPALITY = "730";
    private static final List<String> OTHER_MUNICIPALITIES = List.of("751", "746", "791", "707", "851", "101");

    private final long seed;
    private final LocalDate today;
    private final Vocabulary vocabulary;
    private final int teamSize;

    /**
     * @param today the day the third cycle is open on; every date in the history is before it
     * @param teamSize how many citizens share one team's caseload ("Demo", "Demo 2", …)
     */
    HistoryGenerator(long seed, LocalDate today, Vocabulary vocabulary, int teamSize) {
        this.seed = seed;
        this.today = today;
        this.vocabulary = vocabulary;
        this.teamSize = teamSize;
    }

    /** The team whose caseload holds the citizen with this sequence number. */
    String team(int sequence) {
        int number = sequence / teamSize + 1;
        return number == 1 ? "Demo" : "Demo " + number;
    }

    /** The citizen's team grant: every caseworker of the team reaches the citizen. */
    Grant grant(int sequence, History history) {
        SplittableRandom random = new SplittableRandom(seed * 31 + sequence * 7919L + 1);
        return new Grant(id(random), history.citizen().id(), GrantKind.TEAM, null, team(sequence), null, null, null,
                ACTOR, history.citizen().created().at());
    }

    History history(int sequence) {
        return new Citizen_(new SplittableRandom(seed * 1_000_003L + sequence), sequence).make();
    }

    /** One citizen being made; the random source is the citizen's own, so threads never change the result. */
    private final class Citizen_ {

        private final SplittableRandom random;
        private final int sequence;
        private final List<PlanCycle> cycles = new ArrayList<>();
        private final List<Plan> plans = new ArrayList<>();
        private final List<GoalStaircase> staircases = new ArrayList<>();
        private String name;
        private String citizenId;
        private List<Offer> offers;

        Citizen_(SplittableRandom random, int sequence) {
            this.random = random;
            this.sequence = sequence;
        }

        History make() {
            citizenId = id(random);
            name = pick(Phrases.FIRST_NAMES) + " " + Phrases.FAMILY_NAME + " " + String.format("%06d", sequence);
            // The third plan meeting was 2–52 weeks ago; the ones before it a year apart, give or take three weeks.
            LocalDate[] meetings = new LocalDate[3];
            meetings[2] = today.minusDays(14 + random.nextInt(351));
            meetings[1] = meetings[2].minusDays(365 - 21 + random.nextInt(43));
            meetings[0] = meetings[1].minusDays(365 - 21 + random.nextInt(43));
            Instant registered = at(meetings[0].minusDays(60 + random.nextInt(60)));
            Stamp created = new Stamp(ACTOR, registered);
            offers = offers();
            Citizen citizen = new Citizen(citizenId, name, CprNumber.fictitious(sequence), targetGroups(),
                    random.nextInt(10) < 9 ? HOME_MUNICIPALITY : pick(OTHER_MUNICIPALITIES), HOME_MUNICIPALITY,
                    offers, people(), random.nextInt(4) == 0 ? PlanLook.NEUTRAL : PlanLook.COLOURFUL, false, 1,
                    created, created);
            Instant opened = at(meetings[0].minusDays(40 + random.nextInt(15)));
            List<Goal> continued = List.of();
            for (int number = 1; number <= 3; number++) {
                LocalDate meeting = meetings[number - 1];
                LocalDate next = number < 3 ? meetings[number] : null;
                opened = cycle(number, opened, meeting, next, continued);
                Plan plan = plans.get(plans.size() - 1);
                continued = plan.goals().stream()
                        .filter(goal -> goal.review() != null && goal.review().outcome() == ReviewOutcome.CONTINUE)
                        .toList();
            }
            return new History(citizen, cycles, plans, staircases);
        }

        /**
         * One cycle: opened at {@code opened}, its plan meeting on {@code meeting}; closed at the next plan meeting
         * when there is one. Returns when the next cycle opened (or null).
         */
        private Instant cycle(int number, Instant opened, LocalDate meeting, LocalDate next, List<Goal> continued) {
            String cycleId = id(random);
            List<CycleTransition> history = new ArrayList<>();
            history.add(new CycleTransition(null, CycleStage.PREPARATION, stamp(opened)));
            history.add(new CycleTransition(CycleStage.PREPARATION, CycleStage.PLAN_MEETING,
                    stamp(at(meeting.minusDays(1 + random.nextInt(7))))));
            Instant planMade = at(meeting);
            Instant approved = at(meeting.plusDays(random.nextInt(8)));
            Instant followUp = at(meeting.plusDays(8 + random.nextInt(7)));
            Instant effort = at(meeting.plusDays(25 + random.nextInt(25)));
            boolean open = next == null;
            CycleStage stage;
            if (!open) {
                stage = CycleStage.CLOSED;
            } else {
                long days = java.time.temporal.ChronoUnit.DAYS.between(meeting, today);
                stage = days < 30 ? CycleStage.FOLLOW_UP
                        : days > 320 && random.nextInt(3) == 0 ? CycleStage.STATUS_REVIEW : CycleStage.TARGETED_EFFORT;
                if (stage == CycleStage.FOLLOW_UP) {
                    effort = null;
                } else if (effort.isAfter(at(today.minusDays(1)))) {
                    effort = at(today.minusDays(1));
                }
            }
            // The status review: the cycle moves to it, every goal is reviewed, the cycle closes and the next one
            // opens at preparation, ahead of the next plan meeting.
            Instant review = open ? null : at(next.minusDays(20 + random.nextInt(10)));
            Instant reviewed = open ? null : at(next.minusDays(11 + random.nextInt(5)));
            Instant closed = open ? null : at(next.minusDays(8 + random.nextInt(3)));
            Instant statusReview = stage == CycleStage.STATUS_REVIEW ? at(today.minusDays(1 + random.nextInt(10)))
                    : review;

            List<Goal> goals = goals(continued, stage, effort, reviewed);
            Plan plan = new Plan(id(random), citizenId, cycleId, pick(Phrases.PURPOSES), goals, resourceField(),
                    themeFields(goals), employmentField(), random.nextInt(3) == 0 ? "Aftalt at se på målene igen efter sommerferien" : null,
                    parkingLot(), actionPlan(), 1, approvals(approved), 1, stamp(planMade),
                    stamp(reviewed != null ? reviewed : approved), meetingOf(meeting));
            plans.add(plan);
            for (Goal goal : goals) {
                GoalStaircase staircase = staircase(goal, plan.id(), followUp, effort, open ? null : reviewed,
                        stage == CycleStage.FOLLOW_UP);
                if (!staircase.steps().isEmpty() || staircase.overallGoal() != null) {
                    staircases.add(staircase);
                }
            }
            history.add(new CycleTransition(CycleStage.PLAN_MEETING, CycleStage.FOLLOW_UP, stamp(followUp)));
            if (effort != null) {
                history.add(new CycleTransition(CycleStage.FOLLOW_UP, CycleStage.TARGETED_EFFORT, stamp(effort)));
            }
            if (statusReview != null) {
                history.add(new CycleTransition(CycleStage.TARGETED_EFFORT, CycleStage.STATUS_REVIEW,
                        stamp(statusReview)));
            }
            if (closed != null) {
                history.add(new CycleTransition(CycleStage.STATUS_REVIEW, CycleStage.CLOSED, stamp(closed)));
            }
            Instant last = history.get(history.size() - 1).stamp().at();
            cycles.add(new PlanCycle(cycleId, citizenId, number, stage, history, 1, stamp(opened), stamp(last)));
            return closed;
        }

        /**
         * The plan's goals: the continued ones first (same lineage, the review's score as the new score now), then
         * new ones, 1–3 in all (one goal in a fifth of the plans, two or three in the rest).
         */
        private List<Goal> goals(List<Goal> continued, CycleStage stage, Instant effort, Instant reviewed) {
            int count = Math.max(continued.size(), random.nextInt(5) == 0 ? 1 : 2 + random.nextInt(2));
            List<Goal> goals = new ArrayList<>();
            Set<String> used = new java.util.HashSet<>();
            for (Goal previous : continued) {
                used.add(previous.text());
                goals.add(goal(goals.size() + 1, previous, null));
            }
            while (goals.size() < count) {
                Vocabulary.LifeTheme theme = pick(vocabulary.lifeThemes());
                List<Phrases.GoalPhrase> phrases = Phrases.GOALS.getOrDefault(theme.wheelField(), List.of());
                if (phrases.isEmpty()) {
                    continue;
                }
                Phrases.GoalPhrase phrase = pick(phrases);
                if (used.add(phrase.text())) {
                    goals.add(goal(goals.size() + 1, null, new Object[] { theme, phrase }));
                }
            }
            // Closed during the year (only in a closed cycle, never the last active goal): achieved, mostly.
            if (stage == CycleStage.CLOSED && goals.size() > 1 && random.nextInt(8) == 0) {
                Goal first = goals.get(0);
                boolean achieved = random.nextInt(3) > 0;
                goals.set(0, first.closed(new GoalClosing(achieved ? GoalStatus.ACHIEVED : GoalStatus.CLOSED_EARLY,
                        achieved ? null : "Borger ønskede at stoppe målet", !achieved, stamp(effort.plusSeconds(
                                86_400L * (30 + random.nextInt(150)))))));
            }
            if (stage == CycleStage.CLOSED) {
                goals.replaceAll(goal -> goal.reviewed(review(goal, reviewed)));
            }
            return goals;
        }

        private Goal goal(int number, Goal previous, Object[] fresh) {
            Vocabulary.LifeTheme theme;
            String text;
            GoalType type;
            int now;
            String lineage = null;
            dk.borgerplan.plan.ThemeUse primary;
            List<String> icons;
            if (previous != null) {
                text = previous.text();
                type = previous.type();
                now = previous.review().score().value();
                lineage = previous.lineageId();
                primary = previous.primaryTheme();
                icons = previous.icons();
            } else {
                theme = (Vocabulary.LifeTheme) fresh[0];
                text = ((Phrases.GoalPhrase) fresh[1]).text();
                int kind = random.nextInt(20);
                type = kind < 12 ? GoalType.DEVELOP : kind < 17 ? GoalType.MAINTAIN : GoalType.LIMIT_LOSS;
                now = switch (type) {
                    case DEVELOP -> 2 + weighted(5, 4, 1);
                    case MAINTAIN -> 1 + weighted(3, 4, 2);
                    default -> 2 + weighted(3, 4, 3);
                };
                List<dk.borgerplan.plan.ThemeUse> subs = vocabulary.subThemes().getOrDefault(theme.wheelField(),
                        List.of());
                primary = subs.isEmpty() || random.nextInt(4) == 0 ? theme.use() : pick(subs);
                icons = someOf(vocabulary.icons(theme.wheelField()), 1 + random.nextInt(2));
            }
            int expected = switch (type) {
                case DEVELOP -> Math.max(0, now - 1 - (now >= 3 && random.nextInt(6) == 0 ? 1 : 0));
                case MAINTAIN -> now;
                default -> random.nextInt(3) == 0 ? Math.min(4, now + 1) : now;
            };
            Score citizenScore = null;
            String note = null;
            if (random.nextInt(7) == 0) {
                int own = Math.max(0, Math.min(4, now + (random.nextBoolean() ? -1 : 1)));
                if (own != now) {
                    citizenScore = score(own);
                    note = Phrases.DISAGREEMENT.get(own < now ? 0 : 1);
                }
            }
            List<String> offerIds = offers.size() > 1 && random.nextInt(3) == 0
                    ? List.of(pick(offers).id()) : List.of();
            return new Goal(id(random), lineage, number, text, smart(text), null, primary, null, icons, type,
                    score(now), score(expected), citizenScore, note, offerIds, GoalStatus.ACTIVE, null, null);
        }

        /** Where the goal stands at the next plan meeting, on the goal's scale, and what is decided. */
        private GoalReview review(Goal goal, Instant at) {
            int now = goal.currentScore().value();
            int expected = goal.expectedScore().value();
            int roll = random.nextInt(20);
            int value;
            if (goal.status() == GoalStatus.ACHIEVED) {
                value = Math.min(expected, now);
            } else {
                value = switch (goal.type()) {
                    case DEVELOP -> roll < 10 ? expected : roll < 17 ? now : roll < 18 ? Math.max(0, expected - 1)
                            : Math.min(4, now + 1);
                    case MAINTAIN -> roll < 14 ? now : roll < 18 ? Math.min(4, now + 1) : Math.max(0, now - 1);
                    default -> roll < 8 ? now : roll < 17 ? Math.min(4, now + 1) : Math.min(4, now + 2);
                };
            }
            ReviewOutcome outcome;
            if (goal.status() != GoalStatus.ACTIVE) {
                outcome = ReviewOutcome.END;
            } else {
                int decision = random.nextInt(10);
                outcome = decision < 6 ? ReviewOutcome.CONTINUE : decision < 9 ? ReviewOutcome.END
                        : ReviewOutcome.END_AND_REFER;
            }
            return new GoalReview(score(value), outcome, null, stamp(at));
        }

        /**
         * The goal's staircase: steps added after the follow-up started; in a cycle past the targeted effort most
         * are completed; a third of the staircases have an overall goal. A goal in a cycle still at the follow-up
         * may have no step yet (the year wheel then points it out).
         */
        private GoalStaircase staircase(Goal goal, String planId, Instant followUp, Instant effort, Instant reviewed,
                boolean atFollowUp) {
            Phrases.GoalPhrase phrase = phrase(goal.text());
            List<String> texts = phrase == null ? List.of("Jeg tager det første skridt") : phrase.steps();
            int count = atFollowUp && random.nextInt(3) == 0 ? 0 : 1 + random.nextInt(texts.size());
            List<SubGoal> steps = new ArrayList<>();
            List<StaircaseEvent> events = new ArrayList<>();
            Instant time = followUp.plusSeconds(3_600);
            String overall = null;
            if (phrase != null && random.nextInt(3) == 0) {
                overall = phrase.overallGoal();
                events.add(new StaircaseEvent(StaircaseEvent.Kind.OVERALL_GOAL_SET, null, stamp(time)));
            }
            for (int i = 0; i < count; i++) {
                time = time.plusSeconds(60);
                String stepId = id(random);
                steps.add(new SubGoal(stepId, texts.get(i), SubGoalStatus.ACTIVE, null, stamp(time), null));
                events.add(new StaircaseEvent(StaircaseEvent.Kind.ADDED, stepId, stamp(time)));
            }
            // Steps are completed in order, during the targeted effort; never all of a goal still active.
            Instant until = reviewed != null ? reviewed : effort != null ? effort.plusSeconds(86_400L * 20) : null;
            if (until != null && reviewed == null && until.isAfter(at(today))) {
                until = at(today);
            }
            if (until != null && goal.closing() != null && until.isAfter(goal.closing().stamp().at())) {
                until = goal.closing().stamp().at();
            }
            if (until != null && effort != null) {
                int done = reviewed != null ? random.nextInt(count + 1) : random.nextInt(Math.max(1, count));
                if (goal.active() && done == count) {
                    done = count - 1;
                }
                Instant completedAt = effort.plusSeconds(86_400L);
                for (int i = 0; i < done; i++) {
                    completedAt = completedAt.plusSeconds(86_400L * (1 + random.nextInt(10)));
                    if (completedAt.isAfter(until)) {
                        completedAt = until;
                    }
                    steps.set(i, steps.get(i).completed(stamp(completedAt)));
                    events.add(new StaircaseEvent(StaircaseEvent.Kind.COMPLETED, steps.get(i).id(),
                            stamp(completedAt)));
                }
            }
            Stamp first = events.isEmpty() ? stamp(followUp) : events.get(0).stamp();
            Stamp last = events.isEmpty() ? stamp(followUp) : events.get(events.size() - 1).stamp();
            return new GoalStaircase(goal.id(), planId, overall, steps, events, 1, first, last);
        }

        private Phrases.GoalPhrase phrase(String text) {
            for (List<Phrases.GoalPhrase> phrases : Phrases.GOALS.values()) {
                for (Phrases.GoalPhrase phrase : phrases) {
                    if (phrase.text().equals(text)) {
                        return phrase;
                    }
                }
            }
            return null;
        }

        private Smart smart(String text) {
            return new Smart(text, "Når jeg har gjort det i fire uger i træk",
                    "Det betyder meget for mig at klare det selv", "Min kontaktperson hjælper mig i starten",
                    "Til næste borgerplansmøde");
        }

        private List<Approval> approvals(Instant at) {
            return List.of(new Approval(ApprovalParty.CITIZEN, null, stamp(at)),
                    new Approval(ApprovalParty.PROVIDER, null, stamp(at)),
                    new Approval(ApprovalParty.AUTHORITY, null, stamp(at)));
        }

        private PlanMeeting meetingOf(LocalDate date) {
            List<Participant> participants = new ArrayList<>();
            participants.add(new Participant(name, ParticipantRole.CITIZEN));
            participants.add(new Participant("Kontaktperson Testesen", ParticipantRole.CONTACT_PERSON));
            participants.add(new Participant("Sagsbehandler Testesen", ParticipantRole.CASEWORKER));
            if (random.nextInt(4) == 0) {
                participants.add(new Participant("Pårørende Testesen", ParticipantRole.RELATIVE));
            }
            return new PlanMeeting(date, participants);
        }

        private List<FieldEntry> resourceField() {
            List<FieldEntry> entries = new ArrayList<>();
            int count = 1 + random.nextInt(2);
            for (int i = 0; i < count; i++) {
                entries.add(new FieldEntry(pick(Phrases.RESOURCES), someOf(vocabulary.icons("resource"), 1)));
            }
            return entries;
        }

        private List<ThemeField> themeFields(List<Goal> goals) {
            List<ThemeField> fields = new ArrayList<>();
            Set<String> seen = new java.util.HashSet<>();
            int count = 1 + random.nextInt(3);
            for (int i = 0; i < count; i++) {
                Vocabulary.LifeTheme theme = pick(vocabulary.lifeThemes());
                if (seen.add(theme.wheelField())) {
                    List<String> icons = someOf(vocabulary.icons(theme.wheelField()), 1 + random.nextInt(3));
                    fields.add(new ThemeField(theme.use(), List.of(icons.isEmpty()
                            ? new FieldEntry(pick(Phrases.RESOURCES), List.of()) : new FieldEntry(null, icons))));
                }
            }
            return fields;
        }

        private List<FieldEntry> employmentField() {
            if (random.nextInt(3) > 0) {
                return List.of();
            }
            return List.of(new FieldEntry(pick(Phrases.EMPLOYMENT),
                    someOf(vocabulary.icons(dk.borgerplan.themes.Theme.EMPLOYMENT_FIELD), 1)));
        }

        private List<String> parkingLot() {
            return random.nextInt(3) == 0 ? List.of(pick(Phrases.PARKED)) : List.of();
        }

        private ActionPlanElements actionPlan() {
            return new ActionPlanElements("Støtte i hverdagen fra kontaktperson, 6 timer om ugen", "Et år",
                    new SpecialConditions(random.nextBoolean() ? "Bor i botilbud" : null, null, null, null, null));
        }

        private Set<TargetGroup> targetGroups() {
            int roll = random.nextInt(20);
            TargetGroup first = roll < 8 ? TargetGroup.INTELLECTUAL_DISABILITY
                    : roll < 15 ? TargetGroup.AUTISM : TargetGroup.ACQUIRED_BRAIN_INJURY;
            Set<TargetGroup> groups = EnumSet.of(first);
            if (random.nextInt(10) == 0) {
                groups.add(TargetGroup.values()[random.nextInt(TargetGroup.values().length)]);
            }
            return groups;
        }

        private List<Offer> offers() {
            List<Offer> list = new ArrayList<>();
            int roll = random.nextInt(10);
            if (roll < 5) {
                list.add(new Offer(id(random), OfferKind.RESIDENTIAL, "Botilbud Testhuset", "Testudfører Nord",
                        "Kontaktperson Testesen"));
            } else if (roll < 8) {
                list.add(new Offer(id(random), OfferKind.MENTORING, "Mestringsvejledning Test", "Testudfører Syd",
                        "Kontaktperson Testesen"));
            } else {
                list.add(new Offer(id(random), OfferKind.RESOURCE_CENTRE, "Kraftcenter Test", "Testudfører Vest",
                        "Kontaktperson Testesen"));
            }
            if (random.nextInt(5) < 2) {
                list.add(new Offer(id(random), OfferKind.DAY, "Dagtilbud Testværkstedet", "Testudfører Øst",
                        "Kontaktperson Testesen"));
            }
            return list;
        }

        private List<RelatedPerson> people() {
            return random.nextInt(3) == 0 ? List.of(new RelatedPerson("Pårørende Testesen", PersonRole.RELATIVE, "Mor"))
                    : List.of();
        }

        /** 0, 1 or 2 with these weights. */
        private int weighted(int zero, int one, int two) {
            int roll = random.nextInt(zero + one + two);
            return roll < zero ? 0 : roll < zero + one ? 1 : 2;
        }

        private <T> T pick(List<T> list) {
            return list.get(random.nextInt(list.size()));
        }

        private List<String> someOf(List<String> list, int count) {
            if (list.isEmpty()) {
                return List.of();
            }
            List<String> chosen = new ArrayList<>();
            for (int i = 0; i < count && chosen.size() < list.size(); i++) {
                String icon = pick(list);
                if (!chosen.contains(icon)) {
                    chosen.add(icon);
                }
            }
            return chosen;
        }

        private Score score(int value) {
            return new Score(vocabulary.scale().id(), vocabulary.scale().version(), value);
        }
    }

    private Instant at(LocalDate date) {
        return date.atTime(LocalTime.of(10, 0)).atZone(DanishTime.ZONE).toInstant();
    }

    private static Stamp stamp(Instant at) {
        return new Stamp(ACTOR, at);
    }

    /** A version 4 UUID from the citizen's random source: the same seed gives the same ids. */
    private static String id(SplittableRandom random) {
        long most = (random.nextLong() & ~0xF000L) | 0x4000L;
        long least = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(most, least).toString();
    }
}
