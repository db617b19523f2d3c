package dk.borgerplan.plan.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dk.borgerplan.plan.ActionPlanElements;
import dk.borgerplan.plan.Citizen;
import dk.borgerplan.plan.GoalClosingDraft;
import dk.borgerplan.plan.GoalReviewDraft;
import dk.borgerplan.plan.GoalStatus;
import dk.borgerplan.plan.Offer;
import dk.borgerplan.plan.RelatedPerson;
import dk.borgerplan.plan.ReviewOutcome;
import dk.borgerplan.plan.ApprovalDraft;
import dk.borgerplan.plan.Completeness;
import dk.borgerplan.plan.CprNumber;
import dk.borgerplan.plan.FieldEntry;
import dk.borgerplan.plan.Goal;
import dk.borgerplan.plan.GoalDraft;
import dk.borgerplan.plan.Hint;
import dk.borgerplan.plan.Plan;
import dk.borgerplan.plan.SpecialConditions;
import dk.borgerplan.plan.ThemeDraft;
import dk.borgerplan.plan.ThemeFieldDraft;
import dk.borgerplan.plan.NewCitizen;
import dk.borgerplan.plan.PlanDraft;
import dk.borgerplan.plan.ScoreDraft;
import dk.borgerplan.plan.Violation;
import dk.borgerplan.scales.Scale;
import dk.borgerplan.scales.ScaleCatalog;
import dk.borgerplan.scales.ScoreCheck;
import dk.borgerplan.themes.Theme;
import dk.borgerplan.themes.ThemeCatalog;
import dk.borgerplan.themes.ThemeRef;

/**
 * The rules a citizen and a plan must obey before they are stored. Pure: it reads the scale catalogue and the
 * configured number of goal slots, and returns every violation it finds (not only the first).
 */
final class PlanRules {

    static final int NAME_MAX = 200;
    static final int PURPOSE_MAX = 4000;
    static final int GOAL_TEXT_MAX = 2000;

    static final int NOTE_MAX = 2000;
    static final int ICONS_MAX = 12;
    static final int LIST_MAX = 50;

    private final ScaleCatalog scales;
    private final ThemeCatalog themes;
    private final int goalSlots;
    private final String defaultScale;

    PlanRules(ScaleCatalog scales, ThemeCatalog themes, int goalSlots, String defaultScale) {
        this.scales = scales;
        this.themes = themes;
        this.goalSlots = goalSlots;
        this.defaultScale = defaultScale;
    }

    /** The theme a draft names, if it is in the catalogue. */
    Optional<Theme> theme(ThemeDraft draft) {
        if (draft == null || blank(draft.system()) || blank(draft.version()) || blank(draft.code())) {
            return Optional.empty();
        }
        return themes.find(new ThemeRef(draft.system(), draft.version(), draft.code()));
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** An optional text as stored: stripped, and null when blank. */
    static String stripped(String text) {
        return blank(text) ? null : text.strip();
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
        if (citizen.offers() != null) {
            if (citizen.offers().size() > LIST_MAX) {
                violations.add(Violation.of("offers", "tooMany", LIST_MAX));
            }
            for (int i = 0; i < citizen.offers().size(); i++) {
                Offer offer = citizen.offers().get(i);
                String field = "offers[" + i + "]";
                if (offer == null) {
                    violations.add(Violation.of(field, "required"));
                    continue;
                }
                if (offer.kind() == null) {
                    violations.add(Violation.of(field + ".kind", "required"));
                }
                text(violations, field + ".name", offer.name(), NAME_MAX);
                optionalText(violations, field + ".provider", offer.provider(), NAME_MAX);
                optionalText(violations, field + ".contactPerson", offer.contactPerson(), NAME_MAX);
                if (offer.id() != null && !offer.id().matches("[0-9a-f-]{36}")) {
                    violations.add(Violation.of(field + ".id", "unknownOffer"));
                }
            }
        }
        if (citizen.people() != null) {
            if (citizen.people().size() > LIST_MAX) {
                violations.add(Violation.of("people", "tooMany", LIST_MAX));
            }
            for (int i = 0; i < citizen.people().size(); i++) {
                RelatedPerson person = citizen.people().get(i);
                String field = "people[" + i + "]";
                if (person == null) {
                    violations.add(Violation.of(field, "required"));
                    continue;
                }
                text(violations, field + ".name", person.name(), NAME_MAX);
                if (person.role() == null) {
                    violations.add(Violation.of(field + ".role", "required"));
                }
                optionalText(violations, field + ".relation", person.relation(), NAME_MAX);
            }
        }
        return violations;
    }

    /**
     * The goals' links to what exists already: a goal named by {@code id} must be one of the plan's; a goal that
     * {@code continues} one must name a goal of the previous cycle whose review said "continue"; the offers a goal
     * names must be the citizen's.
     */
    static List<Violation> checkLinks(PlanDraft draft, Citizen citizen, Plan current, Plan previous) {
        List<Violation> violations = new ArrayList<>();
        Set<String> offerIds = new java.util.HashSet<>();
        citizen.offers().forEach(offer -> offerIds.add(offer.id()));
        Set<String> seenIds = new java.util.HashSet<>();
        for (int i = 0; i < draft.goals().size(); i++) {
            GoalDraft goal = draft.goals().get(i);
            String field = "goals[" + i + "]";
            if (goal.id() != null) {
                boolean known = current != null && current.goals().stream().anyMatch(g -> g.id().equals(goal.id()));
                if (!known) {
                    violations.add(Violation.of(field + ".id", "unknownGoal"));
                } else if (!seenIds.add(goal.id())) {
                    violations.add(Violation.of(field + ".id", "duplicateValue"));
                }
            }
            if (goal.continues() != null) {
                boolean continuable = previous != null && previous.goals().stream()
                        .anyMatch(g -> g.id().equals(goal.continues()) && g.review() != null
                                && g.review().outcome() == ReviewOutcome.CONTINUE);
                if (!continuable) {
                    violations.add(Violation.of(field + ".continues", "notContinuable"));
                }
            }
            if (goal.offerIds() != null) {
                for (int j = 0; j < goal.offerIds().size(); j++) {
                    if (!offerIds.contains(goal.offerIds().get(j))) {
                        violations.add(Violation.of(field + ".offerIds[" + j + "]", "unknownOffer"));
                    }
                }
            }
        }
        return violations;
    }

    static List<Violation> check(GoalClosingDraft closing) {
        List<Violation> violations = new ArrayList<>();
        if (closing == null || closing.status() == null) {
            violations.add(Violation.of("status", "required"));
            return violations;
        }
        if (closing.status() == GoalStatus.ACTIVE) {
            violations.add(Violation.of("status", "closingStatus"));
        }
        if (closing.status() == GoalStatus.CLOSED_EARLY) {
            text(violations, "reason", closing.reason(), NOTE_MAX);
            if (!Boolean.TRUE.equals(closing.authorityContacted())) {
                violations.add(Violation.of("authorityContacted", "authorityContacted"));
            }
        } else {
            optionalText(violations, "reason", closing.reason(), NOTE_MAX);
        }
        return violations;
    }

    /** A review's score must be on the scale the goal was scored on, so that the two can be compared. */
    List<Violation> check(GoalReviewDraft review, Goal goal) {
        List<Violation> violations = new ArrayList<>();
        if (review == null) {
            violations.add(Violation.of("score", "required"));
            violations.add(Violation.of("outcome", "required"));
            return violations;
        }
        score(violations, "score", review.score());
        if (review.score() != null && !goal.currentScore().scale().equals(scaleOf(review.score()))) {
            violations.add(Violation.of("score.scale", "reviewScale", goal.currentScore().scale()));
        }
        if (review.outcome() == null) {
            violations.add(Violation.of("outcome", "required"));
        }
        optionalText(violations, "note", review.note(), NOTE_MAX);
        return violations;
    }

    static List<Violation> check(ApprovalDraft approval) {
        List<Violation> violations = new ArrayList<>();
        if (approval == null || approval.party() == null) {
            violations.add(Violation.of("party", "required"));
            return violations;
        }
        optionalText(violations, "onBehalfOf", approval.onBehalfOf(), NAME_MAX);
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
        entries(violations, "resourceField", draft.resourceField());
        entries(violations, "employmentField", draft.employmentField());
        if (draft.themeFields() != null) {
            List<ThemeDraft> seen = new ArrayList<>();
            for (int i = 0; i < draft.themeFields().size(); i++) {
                ThemeFieldDraft field = draft.themeFields().get(i);
                String name = "themeFields[" + i + "]";
                if (field == null || field.theme() == null) {
                    violations.add(Violation.of(name + ".theme", "required"));
                    continue;
                }
                Optional<Theme> theme = theme(field.theme());
                if (theme.isEmpty()) {
                    violations.add(Violation.of(name + ".theme", "unknownTheme"));
                } else if (!theme.get().top() || !theme.get().scored()) {
                    violations.add(Violation.of(name + ".theme", "notALifeTheme"));
                } else if (seen.contains(field.theme())) {
                    violations.add(Violation.of(name + ".theme", "duplicateValue"));
                }
                seen.add(field.theme());
                entries(violations, name + ".entries", field.entries());
            }
        }
        optionalText(violations, "notes", draft.notes(), PURPOSE_MAX);
        if (draft.parkingLot() != null) {
            if (draft.parkingLot().size() > LIST_MAX) {
                violations.add(Violation.of("parkingLot", "tooMany", LIST_MAX));
            }
            for (int i = 0; i < draft.parkingLot().size(); i++) {
                text(violations, "parkingLot[" + i + "]", draft.parkingLot().get(i), NOTE_MAX);
            }
        }
        ActionPlanElements actionPlan = draft.actionPlan();
        if (actionPlan != null) {
            optionalText(violations, "actionPlan.neededEffort", actionPlan.neededEffort(), PURPOSE_MAX);
            optionalText(violations, "actionPlan.expectedDuration", actionPlan.expectedDuration(), NOTE_MAX);
            SpecialConditions special = actionPlan.specialConditions();
            if (special != null) {
                optionalText(violations, "actionPlan.specialConditions.housing", special.housing(), NOTE_MAX);
                optionalText(violations, "actionPlan.specialConditions.employment", special.employment(), NOTE_MAX);
                optionalText(violations, "actionPlan.specialConditions.personalHelp", special.personalHelp(), NOTE_MAX);
                optionalText(violations, "actionPlan.specialConditions.treatment", special.treatment(), NOTE_MAX);
                optionalText(violations, "actionPlan.specialConditions.aids", special.aids(), NOTE_MAX);
            }
        }
        return violations;
    }

    /** Entries of a field: each has words or icons (or both); icons are concept ids. */
    private static void entries(List<Violation> violations, String field, List<FieldEntry> entries) {
        if (entries == null) {
            return;
        }
        if (entries.size() > LIST_MAX) {
            violations.add(Violation.of(field, "tooMany", LIST_MAX));
        }
        for (int i = 0; i < entries.size(); i++) {
            FieldEntry entry = entries.get(i);
            String name = field + "[" + i + "]";
            if (entry == null || (blank(entry.text()) && entry.icons().isEmpty())) {
                violations.add(Violation.of(name, "emptyEntry"));
                continue;
            }
            optionalText(violations, name + ".text", entry.text(), NOTE_MAX);
            icons(violations, name + ".icons", entry.icons());
        }
    }

    static void icons(List<Violation> violations, String field, List<String> icons) {
        if (icons.size() > ICONS_MAX) {
            violations.add(Violation.of(field, "tooMany", ICONS_MAX));
        }
        for (int i = 0; i < icons.size(); i++) {
            String icon = icons.get(i);
            if (icon == null || !icon.matches("[a-z0-9]+(\\.[a-z0-9-]+)+")) {
                violations.add(Violation.of(field + "[" + i + "]", "iconConcept"));
            }
        }
    }

    /** Which §141 elements the plan does not state yet. */
    static Completeness completeness(Plan plan) {
        List<String> missing = new ArrayList<>();
        if (blank(plan.purpose())) {
            missing.add("purpose");
        }
        ActionPlanElements elements = plan.actionPlan();
        if (blank(elements.neededEffort())) {
            missing.add("neededEffort");
        }
        if (blank(elements.expectedDuration())) {
            missing.add("expectedDuration");
        }
        SpecialConditions special = elements.specialConditions() == null
                ? new SpecialConditions(null, null, null, null, null) : elements.specialConditions();
        if (blank(special.housing())) {
            missing.add("specialConditions.housing");
        }
        if (blank(special.employment())) {
            missing.add("specialConditions.employment");
        }
        if (blank(special.personalHelp())) {
            missing.add("specialConditions.personalHelp");
        }
        if (blank(special.treatment())) {
            missing.add("specialConditions.treatment");
        }
        if (blank(special.aids())) {
            missing.add("specialConditions.aids");
        }
        return new Completeness(missing);
    }

    private void check(List<Violation> violations, String field, GoalDraft goal) {
        if (goal == null) {
            violations.add(Violation.of(field, "required"));
            return;
        }
        text(violations, field + ".text", goal.text(), GOAL_TEXT_MAX);
        score(violations, field + ".currentScore", goal.currentScore());
        score(violations, field + ".expectedScore", goal.expectedScore());
        if (goal.smart() != null) {
            optionalText(violations, field + ".smart.specific", goal.smart().specific(), NOTE_MAX);
            optionalText(violations, field + ".smart.measurable", goal.smart().measurable(), NOTE_MAX);
            optionalText(violations, field + ".smart.accepted", goal.smart().accepted(), NOTE_MAX);
            optionalText(violations, field + ".smart.realistic", goal.smart().realistic(), NOTE_MAX);
            optionalText(violations, field + ".smart.timeBound", goal.smart().timeBound(), NOTE_MAX);
        }
        optionalText(violations, field + ".delimitation", goal.delimitation(), NOTE_MAX);
        if (goal.primaryTheme() != null && theme(goal.primaryTheme()).isEmpty()) {
            violations.add(Violation.of(field + ".primaryTheme", "unknownTheme"));
        }
        if (goal.secondaryTheme() != null) {
            if (theme(goal.secondaryTheme()).isEmpty()) {
                violations.add(Violation.of(field + ".secondaryTheme", "unknownTheme"));
            } else if (goal.secondaryTheme().equals(goal.primaryTheme())) {
                violations.add(Violation.of(field + ".secondaryTheme", "sameTheme"));
            }
        }
        if (goal.icons() != null) {
            icons(violations, field + ".icons", goal.icons());
        }
        if (goal.offerIds() != null) {
            if (goal.offerIds().stream().anyMatch(java.util.Objects::isNull)) {
                violations.add(Violation.of(field + ".offerIds", "required"));
            } else if (Set.copyOf(goal.offerIds()).size() != goal.offerIds().size()) {
                violations.add(Violation.of(field + ".offerIds", "duplicateValue"));
            }
        }
        if (goal.citizenScore() != null) {
            score(violations, field + ".citizenScore", goal.citizenScore());
            String official = scaleOf(goal.currentScore());
            if (official != null && !official.equals(scaleOf(goal.citizenScore()))) {
                violations.add(Violation.of(field + ".citizenScore.scale", "differentScale"));
            } else if (goal.currentScore() != null && goal.currentScore().value() != null
                    && goal.citizenScore().value() != null
                    && !goal.citizenScore().value().equals(goal.currentScore().value())
                    && blank(goal.disagreementNote())) {
                // The professional score is written; the citizen's disagreement is noted (seed 002).
                violations.add(Violation.of(field + ".disagreementNote", "disagreementNote"));
            }
        }
        optionalText(violations, field + ".disagreementNote", goal.disagreementNote(), NOTE_MAX);
    }

    private String scaleOf(ScoreDraft score) {
        return score == null ? null : score.scale() == null ? defaultScale : score.scale();
    }

    /** Help for the writer of a plan: never a refusal. */
    List<Hint> hints(Plan plan) {
        List<Hint> hints = new ArrayList<>();
        for (int i = 0; i < plan.goals().size(); i++) {
            Goal goal = plan.goals().get(i);
            String field = "goals[" + i + "]";
            String text = goal.text().strip().toLowerCase(java.util.Locale.ROOT);
            if (!(text.startsWith("jeg ") || text.equals("jeg"))) {
                hints.add(Hint.of(field + ".text", "firstPerson"));
            }
            if (text.contains("støtte til")) {
                hints.add(Hint.of(field + ".text", "stateNotSupport"));
            }
            if (goal.smart() == null || goal.smart().unanswered()) {
                hints.add(Hint.of(field + ".smart", "smartQuestions"));
            }
        }
        return hints;
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

    /** A required text: present, not blank, and otherwise as {@link #optionalText}. */
    static void text(List<Violation> violations, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            violations.add(Violation.of(field, "required"));
        } else {
            optionalText(violations, field, value, max);
        }
    }

    /** An optional text: at most {@code max} characters, and no control characters but line breaks and tabs. */
    static void optionalText(List<Violation> violations, String field, String value, int max) {
        if (value == null) {
            return;
        }
        if (value.length() > max) {
            violations.add(Violation.of(field, "tooLong", max));
        } else if (value.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            violations.add(Violation.of(field, "controlCharacters"));
        }
    }
}
