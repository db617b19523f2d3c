package dk.borgerplan.plan.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import dk.borgerplan.plan.Actor;
import dk.borgerplan.plan.Citizen;
import dk.borgerplan.plan.GoalDraft;
import dk.borgerplan.plan.NewCitizen;
import dk.borgerplan.plan.NotFoundException;
import dk.borgerplan.plan.Plan;
import dk.borgerplan.plan.PlanDraft;
import dk.borgerplan.plan.ScoreDraft;
import dk.borgerplan.plan.ValidationException;
import dk.borgerplan.plan.VersionConflictException;
import dk.borgerplan.plan.Violation;
import dk.borgerplan.scales.internal.BundledScaleCatalog;
import dk.borgerplan.themes.internal.BundledThemeCatalog;

class PlanModelTest {

    private static final Actor CASEWORKER = new Actor("sagsbehandler-1", "Sagsbehandler");
    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    private final InMemoryPlanStore store = new InMemoryPlanStore();
    private final PlanModel model = new PlanModel(store, new BundledScaleCatalog(), new BundledThemeCatalog(), 3, "fko",
            Clock.fixed(NOW, ZoneOffset.UTC));
    private final CitizenRegistry citizens = new CitizenRegistry(store, Clock.fixed(NOW, ZoneOffset.UTC));

    private static GoalDraft goal(String text, int now, int expected) {
        return new GoalDraft(text, new ScoreDraft(null, now), new ScoreDraft(null, expected));
    }

    private Citizen citizen() {
        return citizens.create(CASEWORKER, new NewCitizen("Testborger Fiktiv"));
    }

    @Test
    void aPlanWithPurposeAndThreeGoalsIsStoredWithScalesAndStamps() {
        Citizen citizen = citizen();
        Plan plan = model.create(CASEWORKER, citizen.id(), new PlanDraft("Jeg vil bo i egen lejlighed", List.of(
                goal("Jeg laver selv aftensmad to gange om ugen", 3, 2),
                goal("Jeg tager selv bussen til arbejde", 2, 1),
                goal("Jeg ser mine venner hver uge", 2, 2))));

        assertEquals(1, plan.version());
        assertEquals(3, plan.goals().size());
        assertEquals(1, plan.goals().get(0).number());
        assertEquals("fko", plan.goals().get(0).currentScore().scale());
        assertEquals("1", plan.goals().get(0).currentScore().scaleVersion());
        assertEquals(3, plan.goals().get(0).currentScore().value());
        assertEquals(2, plan.goals().get(0).expectedScore().value());
        assertEquals("sagsbehandler-1", plan.created().by());
        assertEquals(NOW, plan.created().at());
        assertEquals(plan, model.find(plan.id()).orElseThrow());
        assertEquals(citizen, citizens.find(citizen.id()).orElseThrow());
    }

    @Test
    void aFourthGoalIsRefusedAndNothingIsSaved() {
        Citizen citizen = citizen();
        ValidationException e = assertThrows(ValidationException.class, () -> model.create(CASEWORKER, citizen.id(),
                new PlanDraft("Formål", List.of(goal("Jeg a", 1, 0), goal("Jeg b", 1, 0), goal("Jeg c", 1, 0),
                        goal("Jeg d", 1, 0)))));
        Violation violation = e.violations().get(0);
        assertEquals("goals", violation.field());
        assertEquals("En plan har højst 3 mål", violation.message(Locale.forLanguageTag("da")));
        assertEquals("A plan has at most 3 goals", violation.message(Locale.ENGLISH));
        assertTrue(store.plans.isEmpty());
    }

    @Test
    void aScoreOutsideItsScaleNamesTheFieldAndTheScale() {
        Citizen citizen = citizen();
        ValidationException e = assertThrows(ValidationException.class, () -> model.create(CASEWORKER, citizen.id(),
                new PlanDraft("Formål", List.of(goal("Jeg a", 1, 0), goal("Jeg b", 5, 0)))));
        assertEquals(1, e.violations().size());
        assertEquals("goals[1].currentScore.value", e.violations().get(0).field());
        assertEquals("Score 5 is not on scale fko (0–4)", e.violations().get(0).message(Locale.ENGLISH));
        assertEquals("Scoren 5 findes ikke på skalaen fko (0–4)", e.violations().get(0).message(Locale.ROOT));
        assertTrue(store.plans.isEmpty());
    }

    @Test
    void everyMissingFieldIsReportedAtOnce() {
        Citizen citizen = citizen();
        ValidationException e = assertThrows(ValidationException.class, () -> model.create(CASEWORKER, citizen.id(),
                new PlanDraft(" ", List.of(new GoalDraft(null, null, new ScoreDraft("gas", 1))))));
        assertEquals(List.of("purpose", "goals[0].text", "goals[0].currentScore", "goals[0].expectedScore.scale"),
                e.violations().stream().map(Violation::field).toList());
    }

    @Test
    void aCitizenNeedsAName() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> citizens.create(CASEWORKER, new NewCitizen("")));
        assertEquals("name", e.violations().get(0).field());
        assertThrows(ValidationException.class, () -> citizens.create(CASEWORKER, new NewCitizen("a".repeat(201))));
        assertTrue(store.citizens.isEmpty());
    }

    @Test
    void aPlanForAnUnknownCitizenIsNotFound() {
        assertThrows(NotFoundException.class,
                () -> model.create(CASEWORKER, "no-such-citizen", new PlanDraft("Formål", List.of())));
    }

    @Test
    void aChangeBasedOnAnOldVersionIsAConflictAndChangesNothing() {
        Citizen citizen = citizen();
        Plan plan = model.create(CASEWORKER, citizen.id(), new PlanDraft("Formål", List.of(goal("Jeg a", 2, 1))));
        Plan changed = model.update(CASEWORKER, plan.id(), 1, new PlanDraft("Nyt formål", List.of(goal("Jeg a", 2, 1))));
        assertEquals(2, changed.version());
        assertEquals(plan.created(), changed.created());

        VersionConflictException conflict = assertThrows(VersionConflictException.class,
                () -> model.update(CASEWORKER, plan.id(), 1, new PlanDraft("Tabt ændring", List.of())));
        assertEquals(2, conflict.current());
        assertEquals("Nyt formål", model.find(plan.id()).orElseThrow().purpose());
    }

    @Test
    void theNumberOfGoalSlotsIsConfigurationAndTheDefaultScaleMustExist() {
        PlanModel twoSlots = new PlanModel(store, new BundledScaleCatalog(), new BundledThemeCatalog(), 2, "fko", Clock.systemUTC());
        assertEquals(2, twoSlots.goalSlots());
        Citizen citizen = citizens.create(CASEWORKER, new NewCitizen("Testborger"));
        assertThrows(ValidationException.class, () -> twoSlots.create(CASEWORKER, citizen.id(),
                new PlanDraft("Formål", List.of(goal("Jeg a", 1, 0), goal("Jeg b", 1, 0), goal("Jeg c", 1, 0)))));
        assertThrows(IllegalArgumentException.class,
                () -> new PlanModel(store, new BundledScaleCatalog(), new BundledThemeCatalog(), 3, "no-such-scale", Clock.systemUTC()));
    }
}
