package dk.borgerplan.web.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dk.borgerplan.plan.ActionPlanElements;
import dk.borgerplan.method.Phase;
import dk.borgerplan.plan.ApprovalParty;
import dk.borgerplan.plan.Citizen;
import dk.borgerplan.plan.Completeness;
import dk.borgerplan.plan.CycleService;
import dk.borgerplan.plan.CycleStage;
import dk.borgerplan.plan.FieldEntry;
import dk.borgerplan.plan.Goal;
import dk.borgerplan.plan.GoalStatus;
import dk.borgerplan.plan.GoalType;
import dk.borgerplan.plan.Hint;
import dk.borgerplan.plan.Plan;
import dk.borgerplan.plan.PlanCycle;
import dk.borgerplan.plan.PlanLook;
import dk.borgerplan.plan.PlanService;
import dk.borgerplan.plan.Score;
import dk.borgerplan.plan.Smart;
import dk.borgerplan.plan.Stamp;
import dk.borgerplan.plan.TargetGroup;
import dk.borgerplan.plan.ThemeUse;
import dk.borgerplan.scales.ScaleCatalog;
import dk.borgerplan.scales.ScaleLevel;

/** What the API sends: the plan model's records, with every score's words so that no client needs a table. */
final class Views {

    private Views() {
    }

    record ScoreView(String scale, String scaleVersion, int value, String label, String easyRead) {
    }

    record ThemeView(String system, String version, String code, String label) {
    }

    record GoalView(int number, String text, Smart smart, String delimitation, ThemeView primaryTheme,
            ThemeView secondaryTheme, List<String> icons, GoalType type, String typeLabel, ScoreView currentScore,
            ScoreView expectedScore, ScoreView citizenScore, boolean disagreement, String disagreementNote,
            GoalStatus status, String statusLabel) {
    }

    record HintView(String field, String hint, String message) {
    }

    record ThemeFieldView(ThemeView theme, List<FieldEntry> entries) {
    }

    record MissingView(String element, String label) {
    }

    record CompletenessView(boolean complete, List<MissingView> missing) {
    }

    record ApprovalView(ApprovalParty party, String partyLabel, String onBehalfOf, Stamp stamp) {
    }

    record PlanView(String id, String citizenId, String cycleId, int revision, boolean approved,
            List<ApprovalView> approvals, String purpose, List<GoalView> goals, List<FieldEntry> resourceField,
            List<ThemeFieldView> themeFields, List<FieldEntry> employmentField, String notes, List<String> parkingLot,
            ActionPlanElements actionPlan, CompletenessView completeness, List<HintView> hints, long version,
            Stamp created, Stamp updated) {
    }

    record TransitionView(CycleStage from, CycleStage to, Stamp stamp) {
    }

    record CycleView(String id, String citizenId, int number, CycleStage stage, String stageLabel, Phase phase,
            String phaseLabel, boolean open, List<TransitionView> history, List<String> carriedParkingLot,
            long version, Stamp created, Stamp updated) {
    }

    /** A cycle with its history and the parking lot carried forward from the previous one. */
    static CycleView cycle(PlanCycle cycle, CycleService cycles, Locale locale) {
        return new CycleView(cycle.id(), cycle.citizenId(), cycle.number(), cycle.stage(),
                cycle.stage().label().in(locale), cycle.stage().phase(), cycle.stage().phase().label().in(locale),
                cycle.open(), cycle.history().stream().map(t -> new TransitionView(t.from(), t.to(), t.stamp()))
                        .toList(),
                cycles.carriedParkingLot(cycle.id()), cycle.version(), cycle.created(), cycle.updated());
    }

    /** A citizen as the API shows it: the CPR number masked ({@code DDMMYY-xxxx}). */
    record CitizenView(String id, String name, String cprNumber, List<TargetGroup> targetGroups,
            String actingMunicipality, String payingMunicipality, PlanLook look, boolean visualPlanOptOut,
            long version, Stamp created, Stamp updated) {
    }

    static CitizenView citizen(Citizen citizen) {
        return new CitizenView(citizen.id(), citizen.name(),
                citizen.cprNumber() == null ? null : citizen.cprNumber().masked(),
                citizen.targetGroups().stream().sorted().toList(), citizen.actingMunicipality(),
                citizen.payingMunicipality(), citizen.look(), citizen.visualPlanOptOut(), citizen.version(),
                citizen.created(), citizen.updated());
    }

    static PlanView plan(Plan plan, Completeness completeness, List<Hint> hints, ScaleCatalog scales,
            Locale locale) {
        return new PlanView(plan.id(), plan.citizenId(), plan.cycleId(), plan.revision(), plan.approved(),
                plan.approvals().stream().map(a -> new ApprovalView(a.party(), a.party().label().in(locale),
                        a.onBehalfOf(), a.stamp())).toList(),
                plan.purpose(),
                plan.goals().stream().map(goal -> goal(goal, scales, locale)).toList(), plan.resourceField(),
                plan.themeFields().stream().map(f -> new ThemeFieldView(theme(f.theme()), f.entries())).toList(),
                plan.employmentField(), plan.notes(), plan.parkingLot(), plan.actionPlan(),
                new CompletenessView(completeness.complete(), completeness.missing().stream()
                        .map(element -> new MissingView(element, Completeness.label(element, locale))).toList()),
                hints.stream().map(h -> new HintView(h.field(), h.hint(), h.message(locale))).toList(),
                plan.version(), plan.created(), plan.updated());
    }

    /** The plan as the API sends it, with what the plan model says about it (completeness, hints). */
    static PlanView plan(Plan plan, PlanService plans, ScaleCatalog scales, Locale locale) {
        return plan(plan, plans.completeness(plan), plans.hints(plan), scales, locale);
    }

    private static GoalView goal(Goal goal, ScaleCatalog scales, Locale locale) {
        return new GoalView(goal.number(), goal.text(), goal.smart(), goal.delimitation(),
                theme(goal.primaryTheme()), theme(goal.secondaryTheme()), goal.icons(), goal.type(),
                goal.type().label().in(locale), score(goal.currentScore(), scales, locale),
                score(goal.expectedScore(), scales, locale),
                goal.citizenScore() == null ? null : score(goal.citizenScore(), scales, locale), goal.disagreement(),
                goal.disagreementNote(), goal.status(), goal.status().label().in(locale));
    }

    private static ThemeView theme(ThemeUse use) {
        return use == null ? null
                : new ThemeView(use.ref().system(), use.ref().version(), use.ref().code(), use.label());
    }

    private static ScoreView score(Score score, ScaleCatalog scales, Locale locale) {
        Optional<ScaleLevel> level = scales.find(score.scale(), score.scaleVersion())
                .flatMap(scale -> scale.level(score.value()));
        return new ScoreView(score.scale(), score.scaleVersion(), score.value(),
                level.map(l -> l.label().in(locale)).orElse(null), level.map(l -> l.easyRead().in(locale)).orElse(null));
    }
}
