package dk.borgerplan.plan.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dk.borgerplan.method.Phase;
import dk.borgerplan.plan.Actor;
import dk.borgerplan.plan.Citizen;
import dk.borgerplan.plan.Participant;
import dk.borgerplan.plan.PlanMeeting;
import dk.borgerplan.plan.GoalClosing;
import dk.borgerplan.plan.GoalClosingDraft;
import dk.borgerplan.plan.GoalProgression;
import dk.borgerplan.plan.GoalReview;
import dk.borgerplan.plan.GoalReviewDraft;
import dk.borgerplan.plan.Goal;
import dk.borgerplan.plan.Approval;
import dk.borgerplan.plan.ApprovalDraft;
import dk.borgerplan.plan.Completeness;
import dk.borgerplan.plan.CycleStage;
import dk.borgerplan.plan.FieldEntry;
import dk.borgerplan.plan.GoalDraft;
import dk.borgerplan.plan.GoalStatus;
import dk.borgerplan.plan.Hint;
import dk.borgerplan.plan.NotFoundException;
import dk.borgerplan.plan.Plan;
import dk.borgerplan.plan.PlanCycle;
import dk.borgerplan.plan.PlanDraft;
import dk.borgerplan.plan.PlanService;
import dk.borgerplan.plan.Score;
import dk.borgerplan.plan.ScoreDraft;
import dk.borgerplan.plan.Stamp;
import dk.borgerplan.plan.StateConflictException;
import dk.borgerplan.plan.ThemeDraft;
import dk.borgerplan.plan.ThemeField;
import dk.borgerplan.plan.ThemeUse;
import dk.borgerplan.plan.ValidationException;
import dk.borgerplan.plan.VersionConflictException;
import dk.borgerplan.plan.Violation;
import dk.borgerplan.plan.spi.PlanStore;
import dk.borgerplan.scales.Scale;
import dk.borgerplan.scales.ScaleCatalog;
import dk.borgerplan.themes.ThemeCatalog;

/**
 * The plan service: checks every change against {@link PlanRules}, stamps it with actor and time, and hands it to
 * the store. Logs name ids and actions, never names or plan content.
 */
@Component(service = PlanService.class, configurationPid = "dk.borgerplan.plan")
@Designate(ocd = PlanModelConfig.class)
public class PlanModel implements PlanService {

    private static final Logger LOG = LoggerFactory.getLogger(PlanModel.class);

    private final PlanStore store;
    private final ScaleCatalog scales;
    private final PlanRules rules;
    private final Clock clock;

    @Activate
    public PlanModel(@Reference PlanStore store, @Reference ScaleCatalog scales, @Reference ThemeCatalog themes,
            PlanModelConfig config) {
        this(store, scales, themes, config.goalSlots(), config.defaultScale(), Clock.systemUTC());
    }

    PlanModel(PlanStore store, ScaleCatalog scales, ThemeCatalog themes, int goalSlots, String defaultScale,
            Clock clock) {
        if (goalSlots < 1) {
            throw new IllegalArgumentException("goalSlots must be at least 1, was " + goalSlots);
        }
        if (scales.find(defaultScale).isEmpty()) {
            throw new IllegalArgumentException("defaultScale " + defaultScale + " is not in the scale catalogue");
        }
        this.store = store;
        this.scales = scales;
        this.rules = new PlanRules(scales, themes, goalSlots, defaultScale);
        this.clock = clock;
    }

    /**
     * A plan is made at the plan meeting of the citizen's open cycle. A citizen with no cycle yet gets one opened at
     * the plan meeting (preparation is offered, not required; the history shows it was skipped).
     */
    @Override
    public Plan create(Actor actor, String citizenId, PlanDraft draft) {
        Citizen citizen = store.citizen(citizenId).orElseThrow(() -> new NotFoundException("citizen", citizenId));
        requireValid(check(draft));
        List<PlanCycle> cycles = store.cyclesOf(citizenId);
        PlanCycle cycle = cycles.stream().filter(PlanCycle::open).findFirst()
                .orElseGet(() -> cycles.isEmpty()
                        ? CycleModel.openCycle(store, clock, actor, citizenId, CycleStage.PLAN_MEETING) : null);
        if (cycle == null) {
            throw new StateConflictException("notAtPlanMeeting", CycleStage.CLOSED);
        }
        if (cycle.stage() != CycleStage.PLAN_MEETING) {
            throw new StateConflictException("notAtPlanMeeting", cycle.stage());
        }
        if (store.planOfCycle(cycle.id()).isPresent()) {
            throw new StateConflictException("planExists");
        }
        Plan previous = previousPlanIfContinued(draft, cycle);
        requireValid(PlanRules.checkLinks(draft, citizen, null, previous));
        Stamp now = new Stamp(actor.id(), clock.instant());
        Plan stored = store.insertPlan(content(newId(), citizenId, cycle.id(), draft, goals(draft, null, previous), 1,
                0, now, now));
        LOG.info("Plan {} created for citizen {} by {}", stored.id(), citizenId, actor.id());
        return stored;
    }

    /**
     * The plan of the cycle before this one, whose goals this cycle's plan may continue; read only when a goal of the
     * draft says it continues one, so that an ordinary save does not read the previous year.
     */
    private Plan previousPlanIfContinued(PlanDraft draft, PlanCycle cycle) {
        if (draft.goals().stream().allMatch(goal -> goal == null || goal.continues() == null)) {
            return null;
        }
        return store.cyclesOf(cycle.citizenId()).stream().filter(c -> c.number() == cycle.number() - 1).findFirst()
                .flatMap(c -> store.planOfCycle(c.id())).orElse(null);
    }

    /** The draft's rules, and its meeting's: a plausible date, participants with name and role. */
    private List<Violation> check(PlanDraft draft) {
        List<Violation> violations = new ArrayList<>(rules.check(draft));
        if (draft != null && draft.meeting() != null) {
            PreparationRules.meeting(violations, "meeting.", draft.meeting().date(), draft.meeting().participants(),
                    LocalDate.ofInstant(clock.instant(), ZoneId.of("Europe/Copenhagen")));
        }
        return violations;
    }

    @Override
    public Optional<Plan> find(String planId) {
        return store.plan(planId);
    }

    @Override
    public List<Plan> plansOf(String citizenId) {
        if (store.citizen(citizenId).isEmpty()) {
            throw new NotFoundException("citizen", citizenId);
        }
        return store.plansOf(citizenId);
    }

    @Override
    public Plan update(Actor actor, String planId, long basedOnVersion, PlanDraft draft) {
        Plan current = store.plan(planId).orElseThrow(() -> new NotFoundException("plan", planId));
        requireValid(check(draft));
        Citizen citizen = store.citizen(current.citizenId()).orElseThrow();
        PlanCycle cycle = current.cycleId() == null ? null : store.cycle(current.cycleId()).orElse(null);
        Plan previous = cycle == null ? null : previousPlanIfContinued(draft, cycle);
        requireValid(PlanRules.checkLinks(draft, citizen, current, previous));
        List<Goal> goals = goals(draft, current, previous);
        if (cycle != null && cycle.stage() != CycleStage.PREPARATION && cycle.stage() != CycleStage.PLAN_MEETING) {
            // After the plan meeting a goal is closed, never removed, so that its history stays readable.
            List<String> kept = goals.stream().map(Goal::id).toList();
            if (current.goals().stream().anyMatch(goal -> !kept.contains(goal.id()))) {
                throw new StateConflictException("goalRemoved");
            }
        }
        // A plan in use (from the follow-up on) always has at least one active goal.
        if (cycle != null && cycle.stage().phase() == Phase.USE && goals.stream().noneMatch(Goal::active)) {
            throw new StateConflictException("activeGoalNeeded");
        }
        // Nothing approved is silently overwritten: a change after any approval starts a new revision.
        boolean revise = !current.approvals().isEmpty();
        Plan changed = content(planId, current.citizenId(), current.cycleId(), draft, goals,
                revise ? current.revision() + 1 : current.revision(), basedOnVersion, current.created(),
                new Stamp(actor.id(), clock.instant()));
        Plan stored = revise ? store.revisePlan(changed, basedOnVersion) : store.updatePlan(changed, basedOnVersion);
        LOG.info("Plan {} changed to version {} by {}", planId, stored.version(), actor.id());
        return stored;
    }

    @Override
    public Optional<Plan> planOfGoal(String goalId) {
        return store.planOfGoal(goalId);
    }

    @Override
    public Optional<String> citizenOfPlan(String planId) {
        return store.citizenOfPlan(planId);
    }

    @Override
    public Optional<String> citizenOfGoal(String goalId) {
        return store.citizenOfGoal(goalId);
    }

    @Override
    public Plan closeGoal(Actor actor, String goalId, long basedOnVersion, GoalClosingDraft closing) {
        Plan plan = store.planOfGoal(goalId).orElseThrow(() -> new NotFoundException("goal", goalId));
        requireVersion(plan, basedOnVersion);
        requireValid(PlanRules.check(closing));
        CycleStage stage = stageOf(plan);
        if (stage != CycleStage.FOLLOW_UP && stage != CycleStage.TARGETED_EFFORT
                && stage != CycleStage.STATUS_REVIEW) {
            throw new StateConflictException("planNotInUse", stage);
        }
        Goal goal = goal(plan, goalId);
        if (!goal.active()) {
            throw new StateConflictException("goalNotActive");
        }
        if (stage.phase() == Phase.USE && plan.goals().stream().filter(Goal::active).count() == 1) {
            // The last active goal of a plan in use: a new goal must be agreed first (a new revision of the plan).
            throw new StateConflictException("activeGoalNeeded");
        }
        Stamp now = new Stamp(actor.id(), clock.instant());
        Goal closed = goal.closed(new GoalClosing(closing.status(), PlanRules.stripped(closing.reason()),
                Boolean.TRUE.equals(closing.authorityContacted()), now));
        Plan stored = store.updatePlan(plan.withGoal(closed, now), basedOnVersion);
        LOG.info("Goal {} of plan {} closed as {} by {}", goalId, plan.id(), closing.status(), actor.id());
        return stored;
    }

    @Override
    public Plan reviewGoal(Actor actor, String goalId, long basedOnVersion, GoalReviewDraft review) {
        Plan plan = store.planOfGoal(goalId).orElseThrow(() -> new NotFoundException("goal", goalId));
        requireVersion(plan, basedOnVersion);
        Goal goal = goal(plan, goalId);
        requireValid(rules.check(review, goal));
        CycleStage stage = stageOf(plan);
        if (stage != CycleStage.STATUS_REVIEW) {
            throw new StateConflictException("notAtStatusReview", stage);
        }
        Stamp now = new Stamp(actor.id(), clock.instant());
        Goal reviewed = goal.reviewed(new GoalReview(score(review.score()), review.outcome(),
                PlanRules.stripped(review.note()), now));
        Plan stored = store.updatePlan(plan.withGoal(reviewed, now), basedOnVersion);
        LOG.info("Goal {} of plan {} reviewed ({}) by {}", goalId, plan.id(), review.outcome(), actor.id());
        return stored;
    }

    @Override
    public List<GoalProgression> progression(String citizenId) {
        if (store.citizen(citizenId).isEmpty()) {
            throw new NotFoundException("citizen", citizenId);
        }
        Map<String, Integer> cycleNumbers = new HashMap<>();
        store.cyclesOf(citizenId).forEach(cycle -> cycleNumbers.put(cycle.id(), cycle.number()));
        return Progressions.of(store.plansOf(citizenId), cycleNumbers, scales);
    }

    private static Goal goal(Plan plan, String goalId) {
        return plan.goals().stream().filter(g -> g.id().equals(goalId)).findFirst().orElseThrow();
    }

    private CycleStage stageOf(Plan plan) {
        return plan.cycleId() == null ? CycleStage.PLAN_MEETING
                : store.cycle(plan.cycleId()).map(PlanCycle::stage).orElse(CycleStage.PLAN_MEETING);
    }

    private static void requireVersion(Plan plan, long basedOnVersion) {
        if (plan.version() != basedOnVersion) {
            throw new VersionConflictException("plan", plan.id(), basedOnVersion, plan.version());
        }
    }

    @Override
    public int goalSlots() {
        return rules.goalSlots();
    }

    /**
     * The draft's goals, numbered by slot. A goal the plan has already keeps its id, lineage, status, closing and
     * review; a goal that continues one from the previous cycle takes its lineage.
     */
    private List<Goal> goals(PlanDraft draft, Plan current, Plan previous) {
        List<Goal> goals = new ArrayList<>();
        for (int i = 0; i < draft.goals().size(); i++) {
            GoalDraft goal = draft.goals().get(i);
            Goal existing = goal.id() == null || current == null ? null : goal(current, goal.id());
            String lineage = existing != null ? existing.lineageId()
                    : goal.continues() == null || previous == null ? null : goal(previous, goal.continues()).lineageId();
            goals.add(new Goal(existing == null ? null : existing.id(), lineage, i + 1, goal.text().strip(),
                    goal.smart(), PlanRules.stripped(goal.delimitation()), themeUse(goal.primaryTheme()),
                    themeUse(goal.secondaryTheme()), goal.icons(), goal.type(), score(goal.currentScore()),
                    score(goal.expectedScore()), goal.citizenScore() == null ? null : score(goal.citizenScore()),
                    PlanRules.stripped(goal.disagreementNote()), goal.offerIds(),
                    existing == null ? GoalStatus.ACTIVE : existing.status(),
                    existing == null ? null : existing.closing(), existing == null ? null : existing.review()));
        }
        return goals;
    }

    /** A checked draft as a plan: texts stripped, themes resolved to what the catalogue calls them. */
    private Plan content(String id, String citizenId, String cycleId, PlanDraft draft, List<Goal> goals,
            int revision, long version, Stamp created, Stamp updated) {
        List<ThemeField> themeFields = draft.themeFields() == null ? List.of()
                : draft.themeFields().stream().map(field -> new ThemeField(themeUse(field.theme()),
                        field.entries() == null ? List.of() : field.entries().stream().map(PlanModel::entry).toList()))
                        .toList();
        return new Plan(id, citizenId, cycleId, draft.purpose().strip(), goals, entries(draft.resourceField()),
                themeFields, entries(draft.employmentField()), PlanRules.stripped(draft.notes()),
                draft.parkingLot() == null ? List.of() : draft.parkingLot().stream().map(String::strip).toList(),
                draft.actionPlan(), revision, List.of(), version, created, updated,
                draft.meeting() == null ? null
                        : new PlanMeeting(draft.meeting().date(), draft.meeting().participants().stream()
                                .map(p -> new Participant(p.name().strip(), p.role())).toList()));
    }

    private static List<FieldEntry> entries(List<FieldEntry> entries) {
        return entries == null ? List.of() : entries.stream().map(PlanModel::entry).toList();
    }

    private static FieldEntry entry(FieldEntry entry) {
        return new FieldEntry(PlanRules.stripped(entry.text()), entry.icons());
    }

    @Override
    public Plan approve(Actor actor, String planId, long basedOnVersion, ApprovalDraft approval) {
        Plan current = store.plan(planId).orElseThrow(() -> new NotFoundException("plan", planId));
        requireVersion(current, basedOnVersion);
        requireValid(PlanRules.check(approval));
        if (current.approvals().stream().anyMatch(given -> given.party() == approval.party())) {
            throw new StateConflictException("alreadyApproved", approval.party());
        }
        Stamp now = new Stamp(actor.id(), clock.instant());
        List<Approval> approvals = new ArrayList<>(current.approvals());
        approvals.add(new Approval(approval.party(), PlanRules.stripped(approval.onBehalfOf()), now));
        Plan stored = store.updatePlan(current.withApprovals(approvals, now), basedOnVersion);
        LOG.info("Plan {} revision {} approved for {} by {}", planId, stored.revision(), approval.party(), actor.id());
        return stored;
    }

    @Override
    public List<Plan> revisions(String planId) {
        Plan current = store.plan(planId).orElseThrow(() -> new NotFoundException("plan", planId));
        List<Plan> revisions = new ArrayList<>(store.planRevisions(planId));
        revisions.add(current);
        return revisions;
    }

    @Override
    public Completeness completeness(Plan plan) {
        return PlanRules.completeness(plan);
    }

    @Override
    public List<Hint> hints(Plan plan) {
        return rules.hints(plan);
    }

    private ThemeUse themeUse(ThemeDraft draft) {
        return draft == null ? null
                : rules.theme(draft).map(theme -> new ThemeUse(theme.ref(), theme.label().da())).orElseThrow();
    }

    /** Stores the scale's id and current version with the score, so that a later version never changes its meaning. */
    private Score score(ScoreDraft draft) {
        String scaleId = draft.scale() == null ? rules.defaultScale() : draft.scale();
        Scale scale = scales.find(scaleId).orElseThrow();
        return new Score(scale.id(), scale.version(), draft.value());
    }

    static void requireValid(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
    }

    static String newId() {
        return UUID.randomUUID().toString();
    }
}
