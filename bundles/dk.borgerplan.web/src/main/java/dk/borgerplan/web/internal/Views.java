package dk.borgerplan.web.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dk.borgerplan.plan.Citizen;
import dk.borgerplan.plan.Goal;
import dk.borgerplan.plan.Plan;
import dk.borgerplan.plan.PlanLook;
import dk.borgerplan.plan.Score;
import dk.borgerplan.plan.Stamp;
import dk.borgerplan.plan.TargetGroup;
import dk.borgerplan.scales.ScaleCatalog;
import dk.borgerplan.scales.ScaleLevel;

/** What the API sends: the plan model's records, with every score's words so that no client needs a table. */
final class Views {

    private Views() {
    }

    record ScoreView(String scale, String scaleVersion, int value, String label, String easyRead) {
    }

    record GoalView(int number, String text, ScoreView currentScore, ScoreView expectedScore) {
    }

    record PlanView(String id, String citizenId, String purpose, List<GoalView> goals, long version, Stamp created,
            Stamp updated) {
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

    static PlanView plan(Plan plan, ScaleCatalog scales, Locale locale) {
        return new PlanView(plan.id(), plan.citizenId(), plan.purpose(),
                plan.goals().stream().map(goal -> goal(goal, scales, locale)).toList(), plan.version(),
                plan.created(), plan.updated());
    }

    private static GoalView goal(Goal goal, ScaleCatalog scales, Locale locale) {
        return new GoalView(goal.number(), goal.text(), score(goal.currentScore(), scales, locale),
                score(goal.expectedScore(), scales, locale));
    }

    private static ScoreView score(Score score, ScaleCatalog scales, Locale locale) {
        Optional<ScaleLevel> level = scales.find(score.scale(), score.scaleVersion())
                .flatMap(scale -> scale.level(score.value()));
        return new ScoreView(score.scale(), score.scaleVersion(), score.value(),
                level.map(l -> l.label().in(locale)).orElse(null), level.map(l -> l.easyRead().in(locale)).orElse(null));
    }
}
