package dk.borgerplan.plan.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import dk.borgerplan.plan.CprNumber;
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
        if (citizen == null) {
            violations.add(Violation.of("name", "required"));
            return violations;
        }
        text(violations, "name", citizen.name(), NAME_MAX);
        if (citizen.cprNumber() != null) {
            CprNumber.problem(citizen.cprNumber()).ifPresent(rule -> violations.add(Violation.of("cprNumber", rule)));
        }
        if (citizen.targetGroups() != null) {
            // List.of(...).contains(null) throws; a stream does not.
            if (citizen.targetGroups().stream().anyMatch(java.util.Objects::isNull)) {
                violations.add(Violation.of("targetGroups", "required"));
            } else if (Set.copyOf(citizen.targetGroups()).size() != citizen.targetGroups().size()) {
                violations.add(Violation.of("targetGroups", "duplicateValue"));
            }
        }
        municipality(violations, "actingMunicipality", citizen.actingMunicipality());
        municipality(violations, "payingMunicipality", citizen.payingMunicipality());
        return violations;
    }

    /** Danish municipality codes (kommunekoder) are three digits from 101 (København) to 860 (Hjørring). */
    private static void municipality(List<Violation> violations, String field, String code) {
        if (code != null && !(code.matches("\\d{3}") && Integer.parseInt(code) >= 101 && Integer.parseInt(code) <= 860)) {
            violations.add(Violation.of(field, "municipalityCode"));
        }
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
