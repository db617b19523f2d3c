package dk.borgerplan.plan.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import dk.borgerplan.plan.Actor;
import dk.borgerplan.plan.Citizen;
import dk.borgerplan.plan.FieldEntry;
import dk.borgerplan.plan.Goal;
import dk.borgerplan.plan.GoalDraft;
import dk.borgerplan.plan.GoalType;
import dk.borgerplan.plan.NewCitizen;
import dk.borgerplan.plan.Plan;
import dk.borgerplan.plan.PlanDraft;
import dk.borgerplan.plan.Score;
import dk.borgerplan.plan.ScoreDraft;
import dk.borgerplan.plan.Smart;
import dk.borgerplan.plan.ThemeDraft;
import dk.borgerplan.plan.ValidationException;
import dk.borgerplan.plan.Violation;
import dk.borgerplan.scales.internal.BundledScaleCatalog;
import dk.borgerplan.themes.internal.BundledThemeCatalog;

/**
 * Coverage-guided fuzzing of the plan model's validation (Jazzer): any draft at all — texts of any length and
 * content, missing parts, scores off every scale, unknown scales, themes and icons, too many goals — is either
 * stored as a plan that keeps the model's rules, or refused with violations that each name a field and say why in
 * Danish and English, and nothing is stored. Never another exception. The stored corpus
 * ({@code PlanModelFuzzTestInputs}) is replayed by every build; {@code JAZZER_FUZZ=1} fuzzes.
 */
class PlanModelFuzzTest {

    private static final Actor CASEWORKER = new Actor("sagsbehandler-1", "Sagsbehandler");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-05T10:00:00Z"), ZoneOffset.UTC);
    static {
        // A log line per fuzzed input would be most of the work.
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    }

    private static final BundledScaleCatalog SCALE_CATALOG = new BundledScaleCatalog();
    private static final BundledThemeCatalog THEME_CATALOG = new BundledThemeCatalog();
    private static final String[] SCALES = { "fko", "ffb-funktionsevne", "", "ukendt", null };

    @FuzzTest(maxDuration = "60s")
    void plansFromAnyDraft(FuzzedDataProvider data) {
        InMemoryPlanStore store = new InMemoryPlanStore();
        PlanModel model = new PlanModel(store, SCALE_CATALOG, THEME_CATALOG, 3, "fko", CLOCK);
        Citizen citizen = new CitizenRegistry(store, CLOCK).create(CASEWORKER, new NewCitizen("Testborger Fuzz"));
        PlanDraft draft = draft(data);
        try {
            Plan plan = model.create(CASEWORKER, citizen.id(), draft);
            assertFalse(plan.purpose().isBlank());
            // A plan may be drafted without goals (they are required before it is approved); never more than 3.
            assertTrue(plan.goals().size() <= 3, "at most 3 goals");
            for (Goal goal : plan.goals()) {
                assertFalse(goal.text().isBlank());
                for (Score score : List.of(goal.currentScore(), goal.expectedScore())) {
                    assertTrue(SCALE_CATALOG.find(score.scale(), score.scaleVersion()).orElseThrow()
                            .level(score.value()).isPresent(), "a score on its scale: " + score);
                }
            }
            assertEquals(plan, model.find(plan.id()).orElseThrow());
        } catch (ValidationException refused) {
            assertFalse(refused.violations().isEmpty());
            for (Violation violation : refused.violations()) {
                assertFalse(violation.field().isBlank());
                assertFalse(violation.rule().isBlank());
                assertFalse(violation.message(Locale.forLanguageTag("da")).isBlank());
                assertFalse(violation.message(Locale.ENGLISH).isBlank());
            }
            assertTrue(store.plans.isEmpty(), "nothing stored");
        }
    }

    private static PlanDraft draft(FuzzedDataProvider data) {
        String purpose = text(data);
        List<GoalDraft> goals = data.consumeBoolean() ? null : new ArrayList<>();
        int count = goals == null ? 0 : data.consumeInt(0, 5);
        for (int i = 0; i < count; i++) {
            goals.add(new GoalDraft(text(data), data.consumeBoolean() ? null
                    : new Smart(text(data), text(data), text(data), text(data), text(data)), text(data),
                    theme(data), theme(data), icons(data), data.consumeBoolean() ? null
                            : data.pickValue(GoalType.values()),
                    score(data), score(data), score(data), text(data)));
        }
        List<FieldEntry> resources = new ArrayList<>();
        int entries = data.consumeInt(0, 3);
        for (int i = 0; i < entries; i++) {
            resources.add(new FieldEntry(text(data), icons(data)));
        }
        List<String> parkingLot = data.consumeBoolean() ? null : List.of(data.consumeString(50));
        return new PlanDraft(purpose, goals, resources, null, null, text(data), parkingLot, null);
    }

    private static String text(FuzzedDataProvider data) {
        return switch (data.consumeInt(0, 3)) {
            case 0 -> null;
            case 1 -> "";
            case 2 -> data.consumeString(20);
            default -> data.consumeString(3000);
        };
    }

    private static ScoreDraft score(FuzzedDataProvider data) {
        if (data.consumeInt(0, 5) == 0) {
            return null;
        }
        String scale = data.consumeInt(0, 4) == 0 ? SCALES[data.consumeInt(0, 4)] : null;
        Integer value;
        if (data.consumeBoolean()) {
            value = data.consumeInt(0, 4);
        } else {
            value = data.consumeBoolean() ? null : Integer.valueOf(data.consumeInt());
        }
        return new ScoreDraft(scale, value);
    }

    private static ThemeDraft theme(FuzzedDataProvider data) {
        return data.consumeBoolean() ? null : new ThemeDraft(data.consumeString(10), data.consumeString(5),
                data.consumeString(10));
    }

    private static List<String> icons(FuzzedDataProvider data) {
        return data.consumeBoolean() ? null : List.of(data.consumeString(30));
    }
}
