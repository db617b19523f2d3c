package dk.borgerplan.plan.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dk.borgerplan.plan.Actor;
import dk.borgerplan.plan.Citizen;
import dk.borgerplan.plan.DanishTime;
import dk.borgerplan.plan.Goal;
import dk.borgerplan.plan.GoalStaircase;
import dk.borgerplan.plan.GroupPreparationMeeting;
import dk.borgerplan.plan.GroupPreparationMeetingDraft;
import dk.borgerplan.plan.GroupSignUp;
import dk.borgerplan.plan.NotFoundException;
import dk.borgerplan.plan.OctoberPlanning;
import dk.borgerplan.plan.Participant;
import dk.borgerplan.plan.Plan;
import dk.borgerplan.plan.PlanCycle;
import dk.borgerplan.plan.PreparationMeeting;
import dk.borgerplan.plan.ScheduledMeeting;
import dk.borgerplan.plan.ScheduledMeetingDraft;
import dk.borgerplan.plan.Stamp;
import dk.borgerplan.plan.StateConflictException;
import dk.borgerplan.plan.TargetGroup;
import dk.borgerplan.plan.Violation;
import dk.borgerplan.plan.VersionConflictException;
import dk.borgerplan.plan.YearWheelItem;
import dk.borgerplan.plan.YearWheelService;
import dk.borgerplan.plan.spi.PlanStore;
import dk.borgerplan.plan.spi.PreparationStore;
import dk.borgerplan.plan.spi.StaircaseStore;
import dk.borgerplan.plan.spi.YearWheelStore;

/**
 * The year wheel service. Every change is checked against {@link YearWheelRules}, stamped, and stored only if the
 * meeting is still at the version it was based on; a sign-up, which does not depend on what the user saw, is checked
 * again on the newest version when another change came first. "Now" and "today" are Danish time. Logs ids only.
 */
@Component(service = YearWheelService.class)
public class YearWheelModel implements YearWheelService {

    private static final Logger LOG = LoggerFactory.getLogger(YearWheelModel.class);

    /** How often a sign-up or withdrawal is tried on a newer version before the conflict is reported. */
    static final int SIGN_UP_ATTEMPTS = 5;
    /** The cycles whose registered preparation meetings the overview reads: the open one and the one before. */
    static final int PREPARATION_CYCLES = 2;

    private final PlanStore plans;
    private final PreparationStore preparations;
    private final StaircaseStore staircases;
    private final YearWheelStore store;
    private final Clock clock;

    @Activate
    public YearWheelModel(@Reference PlanStore plans, @Reference PreparationStore preparations,
            @Reference StaircaseStore staircases, @Reference YearWheelStore store) {
        this(plans, preparations, staircases, store, Clock.systemUTC());
    }

    YearWheelModel(PlanStore plans, PreparationStore preparations, StaircaseStore staircases, YearWheelStore store,
            Clock clock) {
        this.plans = plans;
        this.preparations = preparations;
        this.staircases = staircases;
        this.store = store;
        this.clock = clock;
    }

    // ---- Scheduled meetings ---------------------------------------------------------------------------------------

    @Override
    public ScheduledMeeting schedule(Actor actor, String citizenId, ScheduledMeetingDraft draft) {
        if (plans.citizen(citizenId).isEmpty()) {
            throw new NotFoundException("citizen", citizenId);
        }
        List<Violation> violations = YearWheelRules.check(draft, today());
        if (draft != null) {
            cycle(violations, citizenId, draft.cycleId());
        }
        PlanModel.requireValid(violations);
        Stamp now = stamp(actor);
        ScheduledMeeting stored = store.insertMeeting(new ScheduledMeeting(PlanModel.newId(), citizenId,
                PlanRules.stripped(draft.cycleId()), draft.kind(), draft.start(), draft.durationMinutes(),
                PlanRules.stripped(draft.place()), participants(draft.participants()), null, null, 0, 0, now, now));
        LOG.info("{} {} scheduled for citizen {} by {}", stored.kind(), stored.id(), citizenId, actor.id());
        return stored;
    }

    @Override
    public ScheduledMeeting update(Actor actor, String meetingId, long basedOnVersion, ScheduledMeetingDraft draft) {
        ScheduledMeeting current = current(meetingId, basedOnVersion);
        List<Violation> violations = YearWheelRules.check(draft, today());
        if (draft != null) {
            if (draft.kind() != null && draft.kind() != current.kind()) {
                violations.add(Violation.of("kind", "kindChanged"));
            }
            cycle(violations, current.citizenId(), draft.cycleId());
        }
        PlanModel.requireValid(violations);
        requireStanding(current);
        ScheduledMeeting changed = new ScheduledMeeting(current.id(), current.citizenId(),
                PlanRules.stripped(draft.cycleId()), current.kind(), draft.start(), draft.durationMinutes(),
                PlanRules.stripped(draft.place()), participants(draft.participants()),
                YearWheelRules.keepsAnnouncement(current, draft.start()) ? current.announced() : null, null,
                current.sequence(), basedOnVersion, current.created(), stamp(actor));
        changed = withSequence(changed,
                YearWheelRules.movesEvent(current, changed) ? current.sequence() + 1 : current.sequence());
        ScheduledMeeting stored = store.updateMeeting(changed, basedOnVersion);
        LOG.info("Scheduled meeting {} changed to version {} (sequence {}) by {}", meetingId, stored.version(),
                stored.sequence(), actor.id());
        return stored;
    }

    @Override
    public ScheduledMeeting announce(Actor actor, String meetingId, long basedOnVersion) {
        ScheduledMeeting current = current(meetingId, basedOnVersion);
        requireStanding(current);
        if (current.isAnnounced()) {
            throw new StateConflictException("alreadyAnnounced");
        }
        Stamp now = stamp(actor);
        ScheduledMeeting stored = store.updateMeeting(new ScheduledMeeting(current.id(), current.citizenId(),
                current.cycleId(), current.kind(), current.start(), current.durationMinutes(), current.place(),
                current.participants(), now, null, current.sequence(), basedOnVersion, current.created(), now),
                basedOnVersion);
        LOG.info("Scheduled meeting {} announced, recorded by {}", meetingId, actor.id());
        return stored;
    }

    @Override
    public ScheduledMeeting cancel(Actor actor, String meetingId, long basedOnVersion) {
        ScheduledMeeting current = current(meetingId, basedOnVersion);
        requireStanding(current);
        Stamp now = stamp(actor);
        ScheduledMeeting stored = store.updateMeeting(new ScheduledMeeting(current.id(), current.citizenId(),
                current.cycleId(), current.kind(), current.start(), current.durationMinutes(), current.place(),
                current.participants(), current.announced(), now, current.sequence() + 1, basedOnVersion,
                current.created(), now), basedOnVersion);
        LOG.info("Scheduled meeting {} cancelled by {}", meetingId, actor.id());
        return stored;
    }

    @Override
    public Optional<ScheduledMeeting> find(String meetingId) {
        return store.meeting(meetingId);
    }

    @Override
    public Optional<String> citizenOfMeeting(String meetingId) {
        return store.citizenOfMeeting(meetingId);
    }

    @Override
    public List<ScheduledMeeting> meetingsOf(String citizenId) {
        return store.meetingsOf(citizenId);
    }

    @Override
    public List<ScheduledMeeting> meetingsBetween(LocalDate from, LocalDate to, Collection<String> citizenIds) {
        PlanModel.requireValid(YearWheelRules.range(from, to));
        Set<String> among = Set.copyOf(citizenIds);
        return store.meetingsBetween(from.atStartOfDay(), to.plusDays(1).atStartOfDay()).stream()
                .filter(m -> among.contains(m.citizenId())).toList();
    }

    private ScheduledMeeting current(String meetingId, long basedOnVersion) {
        ScheduledMeeting current = store.meeting(meetingId)
                .orElseThrow(() -> new NotFoundException("scheduledMeeting", meetingId));
        if (current.version() != basedOnVersion) {
            throw new VersionConflictException("scheduledMeeting", meetingId, basedOnVersion, current.version());
        }
        return current;
    }

    private static void requireStanding(ScheduledMeeting meeting) {
        if (meeting.isCancelled()) {
            throw new StateConflictException("meetingCancelled");
        }
    }

    /** The named cycle must exist ({@link NotFoundException}) and be the citizen's. */
    private void cycle(List<Violation> violations, String citizenId, String cycleId) {
        if (PlanRules.blank(cycleId)) {
            return;
        }
        PlanCycle cycle = plans.cycle(cycleId.strip()).orElseThrow(() -> new NotFoundException("cycle", cycleId));
        if (!cycle.citizenId().equals(citizenId)) {
            violations.add(Violation.of("cycleId", "notCitizensCycle"));
        }
    }

    private static ScheduledMeeting withSequence(ScheduledMeeting m, int sequence) {
        return new ScheduledMeeting(m.id(), m.citizenId(), m.cycleId(), m.kind(), m.start(), m.durationMinutes(),
                m.place(), m.participants(), m.announced(), m.cancelled(), sequence, m.version(), m.created(),
                m.updated());
    }

    private static List<Participant> participants(List<Participant> participants) {
        return participants == null ? List.of()
                : participants.stream().map(p -> new Participant(p.name().strip(), p.role())).toList();
    }

    // ---- Group preparation meetings -------------------------------------------------------------------------------

    @Override
    public GroupPreparationMeeting createGroupMeeting(Actor actor, GroupPreparationMeetingDraft draft) {
        PlanModel.requireValid(YearWheelRules.check(draft, today()));
        Stamp now = stamp(actor);
        GroupPreparationMeeting stored = store.insertGroupMeeting(new GroupPreparationMeeting(PlanModel.newId(),
                draft.area(), draft.start(), draft.durationMinutes(), PlanRules.stripped(draft.place()),
                draft.capacity(), List.of(), null, 0, 0, now, now));
        LOG.info("Group preparation meeting {} ({}) created by {}", stored.id(), stored.area(), actor.id());
        return stored;
    }

    @Override
    public GroupPreparationMeeting updateGroupMeeting(Actor actor, String groupMeetingId, long basedOnVersion,
            GroupPreparationMeetingDraft draft) {
        GroupPreparationMeeting current = currentGroup(groupMeetingId, basedOnVersion);
        List<Violation> violations = YearWheelRules.check(draft, today());
        if (draft != null) {
            violations.addAll(YearWheelRules.change(current, draft));
        }
        PlanModel.requireValid(violations);
        requireStanding(current);
        GroupPreparationMeeting changed = new GroupPreparationMeeting(current.id(), draft.area(), draft.start(),
                draft.durationMinutes(), PlanRules.stripped(draft.place()), draft.capacity(), current.signUps(),
                null, current.sequence(), basedOnVersion, current.created(), stamp(actor));
        int sequence = YearWheelRules.movesEvent(current, changed) ? current.sequence() + 1 : current.sequence();
        GroupPreparationMeeting stored = store.updateGroupMeeting(new GroupPreparationMeeting(changed.id(),
                changed.area(), changed.start(), changed.durationMinutes(), changed.place(), changed.capacity(),
                changed.signUps(), null, sequence, basedOnVersion, changed.created(), changed.updated()),
                basedOnVersion);
        LOG.info("Group preparation meeting {} changed to version {} by {}", groupMeetingId, stored.version(),
                actor.id());
        return stored;
    }

    @Override
    public GroupPreparationMeeting cancelGroupMeeting(Actor actor, String groupMeetingId, long basedOnVersion) {
        GroupPreparationMeeting current = currentGroup(groupMeetingId, basedOnVersion);
        requireStanding(current);
        Stamp now = stamp(actor);
        GroupPreparationMeeting stored = store.updateGroupMeeting(new GroupPreparationMeeting(current.id(),
                current.area(), current.start(), current.durationMinutes(), current.place(), current.capacity(),
                current.signUps(), now, current.sequence() + 1, basedOnVersion, current.created(), now),
                basedOnVersion);
        LOG.info("Group preparation meeting {} cancelled by {}", groupMeetingId, actor.id());
        return stored;
    }

    @Override
    public GroupPreparationMeeting signUp(Actor actor, String groupMeetingId, String citizenId) {
        Citizen citizen = plans.citizen(citizenId).orElseThrow(() -> new NotFoundException("citizen", citizenId));
        GroupPreparationMeeting stored = retried(groupMeetingId, current -> {
            PlanModel.requireValid(YearWheelRules.signUp(current, citizen, now()));
            List<GroupSignUp> signUps = new ArrayList<>(current.signUps());
            signUps.add(new GroupSignUp(citizenId, stamp(actor)));
            return signUps;
        }, actor);
        LOG.info("Citizen {} signed up for group preparation meeting {} by {}", citizenId, groupMeetingId,
                actor.id());
        return stored;
    }

    @Override
    public GroupPreparationMeeting withdraw(Actor actor, String groupMeetingId, String citizenId) {
        GroupPreparationMeeting stored = retried(groupMeetingId, current -> {
            PlanModel.requireValid(YearWheelRules.withdraw(current, citizenId, now()));
            return current.signUps().stream().filter(s -> !s.citizenId().equals(citizenId)).toList();
        }, actor);
        LOG.info("Citizen {} withdrawn from group preparation meeting {} by {}", citizenId, groupMeetingId,
                actor.id());
        return stored;
    }

    /**
     * Stores the sign-ups {@code change} makes of the newest version; when another change came first, reads again
     * and checks again, so that a full meeting refuses the late one and no sign-up is lost.
     */
    private GroupPreparationMeeting retried(String groupMeetingId,
            java.util.function.Function<GroupPreparationMeeting, List<GroupSignUp>> change, Actor actor) {
        for (int attempt = 1;; attempt++) {
            GroupPreparationMeeting current = group(groupMeetingId);
            List<GroupSignUp> signUps = change.apply(current);
            try {
                return store.updateGroupMeeting(new GroupPreparationMeeting(current.id(), current.area(),
                        current.start(), current.durationMinutes(), current.place(), current.capacity(), signUps,
                        current.cancelled(), current.sequence(), current.version(), current.created(), stamp(actor)),
                        current.version());
            } catch (VersionConflictException e) {
                if (attempt >= SIGN_UP_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    @Override
    public Optional<GroupPreparationMeeting> findGroupMeeting(String groupMeetingId) {
        return store.groupMeeting(groupMeetingId);
    }

    @Override
    public List<GroupPreparationMeeting> groupMeetings(TargetGroup area, int year) {
        return store.groupMeetingsBetween(area, LocalDate.of(year, 1, 1).atStartOfDay(),
                LocalDate.of(year + 1, 1, 1).atStartOfDay());
    }

    @Override
    public List<GroupPreparationMeeting> groupMeetingsOf(String citizenId) {
        return store.groupMeetingsOf(citizenId);
    }

    private GroupPreparationMeeting group(String id) {
        return store.groupMeeting(id).orElseThrow(() -> new NotFoundException("groupPreparationMeeting", id));
    }

    private GroupPreparationMeeting currentGroup(String id, long basedOnVersion) {
        GroupPreparationMeeting current = group(id);
        if (current.version() != basedOnVersion) {
            throw new VersionConflictException("groupPreparationMeeting", id, basedOnVersion, current.version());
        }
        return current;
    }

    private static void requireStanding(GroupPreparationMeeting meeting) {
        if (meeting.isCancelled()) {
            throw new StateConflictException("meetingCancelled");
        }
    }

    // ---- Overview and October planning ----------------------------------------------------------------------------

    @Override
    public List<YearWheelItem> overview(Collection<String> citizenIds, LocalDate today) {
        List<YearWheelRules.CitizenFacts> facts = new ArrayList<>();
        Set<TargetGroup> areas = new LinkedHashSet<>();
        for (String citizenId : new LinkedHashSet<>(citizenIds)) {
            Optional<Citizen> citizen = plans.citizen(citizenId);
            if (citizen.isPresent()) {
                facts.add(facts(citizen.get()));
                areas.addAll(citizen.get().targetGroups());
            }
        }
        Map<YearWheelRules.AreaYear, Integer> counts = new LinkedHashMap<>();
        for (int year : YearWheelRules.groupYears(today)) {
            Map<TargetGroup, Integer> perArea = new EnumMap<>(TargetGroup.class);
            areas.forEach(area -> perArea.put(area, 0));
            store.groupMeetingsBetween(null, LocalDate.of(year, 1, 1).atStartOfDay(),
                    LocalDate.of(year + 1, 1, 1).atStartOfDay()).stream()
                    .filter(g -> !g.isCancelled() && areas.contains(g.area()))
                    .forEach(g -> perArea.merge(g.area(), 1, Integer::sum));
            perArea.forEach((area, count) -> counts.put(new YearWheelRules.AreaYear(area, year), count));
        }
        return YearWheelRules.overview(facts, counts, today);
    }

    /** Everything the overview's rules need about one citizen, read from the stores. */
    private YearWheelRules.CitizenFacts facts(Citizen citizen) {
        List<PlanCycle> cycles = plans.cyclesOf(citizen.id());
        PlanCycle open = cycles.stream().filter(PlanCycle::open).findFirst().orElse(null);
        Plan plan = open == null ? null : plans.planOfCycle(open.id()).orElse(null);
        boolean hasPlan = plan != null || open == null && !plans.plansOf(citizen.id()).isEmpty();
        Map<String, GoalStaircase> steps = new LinkedHashMap<>();
        if (plan != null && YearWheelRules.SUB_GOAL_STAGES.contains(open.stage())) {
            for (Goal goal : plan.goals()) {
                staircases.staircase(goal.id()).ifPresent(s -> steps.put(goal.id(), s));
            }
        }
        List<LocalDate> preparationDates = cycles.stream().limit(PREPARATION_CYCLES)
                .flatMap(c -> preparations.meetingsOf(c.id()).stream()).map(PreparationMeeting::date)
                .filter(java.util.Objects::nonNull).toList();
        return new YearWheelRules.CitizenFacts(citizen, cycles, plan, hasPlan, steps, store.meetingsOf(citizen.id()),
                store.groupMeetingsOf(citizen.id()), preparationDates);
    }

    @Override
    public OctoberPlanning octoberPlanning(int year, Collection<String> citizenIds) {
        List<Citizen> citizens = new ArrayList<>();
        Map<String, List<ScheduledMeeting>> meetings = new LinkedHashMap<>();
        for (String citizenId : new LinkedHashSet<>(citizenIds)) {
            plans.citizen(citizenId).ifPresent(citizen -> {
                citizens.add(citizen);
                meetings.put(citizen.id(), store.meetingsOf(citizen.id()));
            });
        }
        return YearWheelRules.octoberPlanning(year, citizens, meetings);
    }

    private Stamp stamp(Actor actor) {
        return new Stamp(actor.id(), clock.instant());
    }

    private LocalDate today() {
        return DanishTime.dateOf(clock.instant());
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), DanishTime.ZONE);
    }
}
