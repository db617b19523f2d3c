package dk.borgerplan.plan.internal;

import java.util.ArrayList;
import java.util.List;

import dk.borgerplan.plan.GoalDraft;
import dk.borgerplan.plan.NewCitizen;
import dk.borgerplan.plan.PlanDraft;
import dk.borgerplan.plan.ScoreDraft;
import dk.borgerplan.plan.Violation;
import dk.borgerplan.scales.Scale;
import dk.borgerplan.scales.ScaleCatalog;
import dk.borgerplan.scales.ScoreCheck;

/**
 * The rules a citizen and a plan must obey before they are stored. Pure: it reads the scale catalogue and the
 * configured number of goal slots, and returns every violation it finds (not only the first).
 */
final class PlanRules {

    static final int NAME_MAX = 200;
    static final int PURPOSE_MAX = 4000;
    static final int GOAL_TEXT_MAX = 2000;

    private final ScaleCatalog scales;
    private final int goalSlots;
    private final String defaultScale;

    PlanRules(ScaleCatalog scales, int goalSlots, String defaultScale) {
        this.scales = scales;
        this.goalSlots = goalSlots;
        this.defaultScale = defaultScale;
    }

    int goalSlots() {
        return goalSlots;
    }

    String defaultScale() {
        return defaultScale;
    }

    static List<Violation> check(NewCitizen citizen) {
        List<Violation> violations = new ArrayList<>();
        text(violations, "name", citizen == null ? null : citizen.name(), NAME_MAX);
        return violations;
    }

    List<Violation> check(PlanDraft draft) {
        List<Violation> violations = new ArrayList<>();
        if (draft == null) {
            violations.add(Violation.of("purpose", "required"));
            violations.add(Violation.of("goals", "required"));
            return violations;
        }
        text(violations, "purpose", draft.purpose(), PURPOSE_MAX);
        if (draft.goals() == null) {
            violations.add(Violation.of("goals", "required"));
            return violations;
        }
        if (draft.goals().size() > goalSlots) {
            violations.add(Violation.of("goals", "maxGoals", goalSlots));
        }
        for (int i = 0; i < draft.goals().size(); i++) {
            check(violations, "goals[" + i + "]", draft.goals().get(i));
        }
        return violations;
    }

    private void check(List<Violation> violations, String field, GoalDraft goal) {
        if (goal == null) {
            violations.add(Violation.of(field, "required"));
            return;
        }
        text(violations, field + ".text", goal.text(), GOAL_TEXT_MAX);
        score(violations, field + ".currentScore", goal.currentScore());
        score(violations, field + ".expectedScore", goal.expectedScore());
    }

    private void score(List<Violation> violations, String field, ScoreDraft score) {
        if (score == null) {
            violations.add(Violation.of(field, "required"));
            return;
        }
        if (score.value() == null) {
            violations.add(Violation.of(field + ".value", "required"));
            return;
        }
        String scaleId = score.scale() == null ? defaultScale : score.scale();
        ScoreCheck check = scales.check(scaleId, null, score.value());
        if (check.unknownScale()) {
            violations.add(Violation.of(field + ".scale", "unknownScale", scaleId));
        } else if (!check.valid()) {
            Scale scale = check.scale().orElseThrow();
            violations.add(Violation.of(field + ".value", "scoreNotOnScale", score.value(), scale.id(), scale.range()));
        }
    }

    private static void text(List<Violation> violations, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            violations.add(Violation.of(field, "required"));
        } else if (value.length() > max) {
            violations.add(Violation.of(field, "tooLong", max));
        } else if (value.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            violations.add(Violation.of(field, "controlCharacters"));
        }
    }
}
