package dk.borgerplan.plan.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import dk.borgerplan.plan.ActionPlanElements;
import dk.borgerplan.plan.Actor;
import dk.borgerplan.plan.Citizen;
import dk.borgerplan.plan.Completeness;
import dk.borgerplan.plan.FieldEntry;
import dk.borgerplan.plan.GoalDraft;
import dk.borgerplan.plan.NewCitizen;
import dk.borgerplan.plan.Plan;
import dk.borgerplan.plan.PlanDraft;
import dk.borgerplan.plan.ScoreDraft;
import dk.borgerplan.plan.SpecialConditions;
import dk.borgerplan.plan.ThemeDraft;
import dk.borgerplan.plan.ThemeFieldDraft;
import dk.borgerplan.plan.ValidationException;
import dk.borgerplan.scales.internal.BundledScaleCatalog;
import dk.borgerplan.themes.Theme;
import dk.borgerplan.themes.internal.BundledThemeCatalog;

/** The wheel's fields, the parking lot and the §141 elements with their completeness check. */
class VisualPlanTest {

    private static final Actor CASEWORKER = new Actor("sagsbehandler-1", "Sagsbehandler");

    private final InMemoryPlanStore store = new InMemoryPlanStore();
    private final BundledThemeCatalog themes = new BundledThemeCatalog();
    private final PlanModel plans = new PlanModel(store, new BundledScaleCatalog(), themes, 3, "fko",
            Clock.systemUTC());
    private final Citizen citizen = new CitizenRegistry(store).create(CASEWORKER, new NewCitizen("Testborger"));

    private static ThemeDraft draft(Theme theme) {
        return new ThemeDraft(theme.ref().system(), theme.ref().version(), theme.ref().code());
    }

    private static final List<GoalDraft> ONE_GOAL = List.of(
            new GoalDraft("Jeg går en tur", new ScoreDraft(null, 2), new ScoreDraft(null, 1)));

    private static final ActionPlanElements COMPLETE = new ActionPlanElements("Socialpædagogisk støtte 3 timer om ugen",
            "Et år", new SpecialConditions("Bor i egen lejlighed", "Ingen", "Ingen", "Ingen", "Rollator"));

    private Plan create(PlanDraft draft) {
        return plans.create(CASEWORKER, citizen.id(), draft);
    }

    private List<String> violations(PlanDraft draft) {
        ValidationException e = assertThrows(ValidationException.class, () -> create(draft));
        assertTrue(store.plans.isEmpty());
        return e.violations().stream().map(v -> v.field() + ":" + v.rule()).toList();
    }

    @Test
    void theWheelsFieldsAndTheParkingLotAreKept() {
        Theme relations = themes.lifeThemes().get(5);
        Plan plan = create(new PlanDraft("Formål", ONE_GOAL,
                List.of(new FieldEntry("Jeg er god til at lytte", List.of("resource.smiley"))),
                List.of(new ThemeFieldDraft(draft(relations), List.of(new FieldEntry(" Min søster ", List.of())))),
                List.of(new FieldEntry(null, List.of("employment.work"))), "Mødet gik godt",
                List.of(" Flytte til Aarhus? "), COMPLETE));
        Plan read = plans.find(plan.id()).orElseThrow();
        assertEquals("Jeg er god til at lytte", read.resourceField().get(0).text());
        assertEquals("Relationer", read.themeFields().get(0).theme().label());
        assertEquals(relations.ref(), read.themeFields().get(0).theme().ref());
        assertEquals("Min søster", read.themeFields().get(0).entries().get(0).text());
        assertEquals(List.of("employment.work"), read.employmentField().get(0).icons());
        assertEquals("Mødet gik godt", read.notes());
        assertEquals(List.of("Flytte til Aarhus?"), read.parkingLot());
        assertTrue(plans.completeness(read).complete());
    }

    @Test
    void aThemeFieldIsOneOfTheWheelsLifeThemesOnce() {
        Theme egenomsorg = themes.lifeThemes().get(0);
        Theme subTheme = themes.subThemes(egenomsorg.ref()).get(0);
        FieldEntry entry = new FieldEntry("x", List.of());
        assertEquals(List.of("themeFields[0].theme:notALifeTheme", "themeFields[2].theme:duplicateValue"),
                violations(new PlanDraft("Formål", ONE_GOAL, null, List.of(
                        new ThemeFieldDraft(draft(subTheme), List.of(entry)),
                        new ThemeFieldDraft(draft(egenomsorg), List.of(entry)),
                        new ThemeFieldDraft(draft(egenomsorg), List.of(entry))), null, null, null, null)));
    }

    @Test
    void anEntryHasWordsOrIconsAndTheParkingLotHasNoBlankThoughts() {
        assertEquals(List.of("resourceField[0]:emptyEntry", "employmentField[0].icons[0]:iconConcept",
                "parkingLot[1]:required"),
                violations(new PlanDraft("Formål", ONE_GOAL, List.of(new FieldEntry(" ", List.of())), null,
                        List.of(new FieldEntry("Arbejde", List.of("Arbejde"))), null, List.of("Ferie", " "), null)));
    }

    @Test
    void completenessListsTheMissingParagraph141ElementsInWords() {
        Plan plan = create(new PlanDraft("Formål", ONE_GOAL, null, null, null, null, null,
                new ActionPlanElements("Støtte", null, new SpecialConditions("Egen bolig", null, null, null, null))));
        Completeness completeness = plans.completeness(plan);
        assertFalse(completeness.complete());
        assertEquals(List.of("expectedDuration", "specialConditions.employment", "specialConditions.personalHelp",
                "specialConditions.treatment", "specialConditions.aids"), completeness.missing());
        assertEquals("Forventet varighed", Completeness.label("expectedDuration", Locale.ROOT));
        assertEquals("Special conditions: aids", Completeness.label("specialConditions.aids", Locale.ENGLISH));
    }
}
