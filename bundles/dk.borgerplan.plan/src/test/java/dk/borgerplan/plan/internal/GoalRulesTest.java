package dk.borgerplan.plan.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import dk.borgerplan.plan.Actor;
import dk.borgerplan.plan.Citizen;
import dk.borgerplan.plan.Goal;
import dk.borgerplan.plan.GoalDraft;
import dk.borgerplan.plan.GoalStatus;
import dk.borgerplan.plan.GoalType;
import dk.borgerplan.plan.Hint;
import dk.borgerplan.plan.NewCitizen;
import dk.borgerplan.plan.Plan;
import dk.borgerplan.plan.PlanDraft;
import dk.borgerplan.plan.ScoreDraft;
import dk.borgerplan.plan.Smart;
import dk.borgerplan.plan.ThemeDraft;
import dk.borgerplan.plan.ValidationException;
import dk.borgerplan.scales.internal.BundledScaleCatalog;
import dk.borgerplan.themes.Theme;
import dk.borgerplan.themes.internal.BundledThemeCatalog;

/** The goal as the meeting writes it: SMART answers, themes, icons, goal type, the citizen's own score. */
class GoalRulesTest {

    private static final Actor CASEWORKER = new Actor("sagsbehandler-1", "Sagsbehandler");

    private final InMemoryPlanStore store = new InMemoryPlanStore();
    private final BundledThemeCatalog themes = new BundledThemeCatalog();
    private final PlanModel plans = new PlanModel(store, new BundledScaleCatalog(), themes, 3, "fko",
            Clock.systemUTC());
    private final Citizen citizen = new CitizenRegistry(store).create(CASEWORKER, new NewCitizen("Testborger"));

    private ThemeDraft lifeTheme(int index) {
        Theme theme = themes.lifeThemes().get(index);
        return new ThemeDraft(theme.ref().system(), theme.ref().version(), theme.ref().code());
    }

    private static ScoreDraft score(int value) {
        return new ScoreDraft(null, value);
    }

    private GoalDraft goal(String text, Smart smart, ThemeDraft primary, ThemeDraft secondary, List<String> icons,
            ScoreDraft citizenScore, String note) {
        return new GoalDraft(text, smart, "Gælder hverdage", primary, secondary, icons, GoalType.MAINTAIN, score(3),
                score(2), citizenScore, note);
    }

    private Plan create(GoalDraft... goals) {
        return plans.create(CASEWORKER, citizen.id(), new PlanDraft("Formål", List.of(goals)));
    }

    private List<String> violations(GoalDraft goal) {
        ValidationException e = assertThrows(ValidationException.class, () -> create(goal));
        assertTrue(store.plans.isEmpty());
        return e.violations().stream().map(v -> v.field() + ":" + v.rule()).toList();
    }

    @Test
    void aWholeGoalIsKeptWithItsThemesLabelsAndTheCitizensOwnScore() {
        Smart smart = new Smart("Lave aftensmad", "To gange om ugen", "Jeg vil klare mig selv", "Med støtte fra Bo",
                "Inden sommer");
        Goal goal = create(goal("Jeg laver selv aftensmad", smart, lifeTheme(1), lifeTheme(0),
                List.of("theme.praktiske-opgaver"), score(2), "Borgeren mener selv, det går bedre")).goals().get(0);
        assertEquals(smart, goal.smart());
        assertEquals("Gælder hverdage", goal.delimitation());
        assertEquals("Praktiske opgaver", goal.primaryTheme().label());
        assertEquals(themes.lifeThemes().get(1).ref(), goal.primaryTheme().ref());
        assertEquals("Egenomsorg", goal.secondaryTheme().label());
        assertEquals(List.of("theme.praktiske-opgaver"), goal.icons());
        assertEquals(GoalType.MAINTAIN, goal.type());
        assertEquals(GoalStatus.ACTIVE, goal.status());
        assertEquals(2, goal.citizenScore().value());
        assertEquals("fko", goal.citizenScore().scale());
        assertTrue(goal.disagreement());
    }

    @Test
    void whenTheCitizenDisagreesTheDisagreementMustBeNoted() {
        assertEquals(List.of("goals[0].disagreementNote:disagreementNote"),
                violations(goal("Jeg a", null, null, null, null, score(1), null)));
        assertFalse(create(goal("Jeg a", null, null, null, null, score(3), null)).goals().get(0).disagreement());
    }

    @Test
    void theCitizensOwnScoreIsOnTheSameScale() {
        assertEquals(List.of("goals[0].citizenScore.scale:differentScale"), violations(goal("Jeg a", null, null,
                null, null, new ScoreDraft("ffb-funktionsevne", 2), "note")));
    }

    @Test
    void themesMustComeFromTheCatalogueAndDiffer() {
        assertEquals(List.of("goals[0].primaryTheme:unknownTheme"), violations(goal("Jeg a", null,
                new ThemeDraft("urn:oid:1.2.208.176.2.22", "20240530", "no-such-code"), null, null, null, null)));
        assertEquals(List.of("goals[0].secondaryTheme:sameTheme"),
                violations(goal("Jeg a", null, lifeTheme(2), lifeTheme(2), null, null, null)));
    }

    @Test
    void goalNotesFollowTheSameTextRulesAsEveryOtherText() {
        assertEquals(List.of("goals[0].smart.specific:controlCharacters", "goals[0].disagreementNote:tooLong"),
                violations(goal("Jeg a", new Smart("Lave\u0007mad", null, null, null, null), null, null, null,
                        score(1), "x".repeat(2001))));
    }

    @Test
    void iconsAreConceptIds() {
        assertEquals(List.of("goals[0].icons[1]:iconConcept"), violations(goal("Jeg a", null, null, null,
                List.of("theme.egenomsorg", "Egenomsorg.svg"), null, null)));
    }

    @Test
    void hintsHelpButNeverRefuse() {
        Plan plan = create(goal("Støtte til at lave mad", null, null, null, null, null, null),
                goal("Jeg går en tur", new Smart("Gå", "Hver dag", null, null, null), null, null, null, null, null));
        List<Hint> hints = plans.hints(plan);
        assertEquals(List.of("goals[0].text:firstPerson", "goals[0].text:stateNotSupport", "goals[0].smart:smartQuestions"),
                hints.stream().map(h -> h.field() + ":" + h.hint()).toList());
        assertEquals("Skriv målet i første person, fx \"Jeg …\"", hints.get(0).message(Locale.ROOT));
        assertTrue(hints.get(2).message(Locale.ENGLISH).startsWith("Consider answering"));
    }

    @Test
    void aGoalWithOnlyTextAndScoresIsADevelopGoal() {
        Goal goal = create(new GoalDraft("Jeg a", score(2), score(1))).goals().get(0);
        assertEquals(GoalType.DEVELOP, goal.type());
        assertEquals(List.of(), goal.icons());
        assertEquals(null, goal.primaryTheme());
    }

    @Test
    void aFirstPersonGoalWithThemeAndIconGetsNoFirstPersonHint() {
        Plan plan = create(goal("Jeg ser mine venner", null, lifeTheme(5), null, List.of("theme.relationer"), null,
                null));
        assertEquals("Relationer", plan.goals().get(0).primaryTheme().label());
        assertFalse(plans.hints(plan).stream().map(Hint::hint).anyMatch("firstPerson"::equals));
    }
}
