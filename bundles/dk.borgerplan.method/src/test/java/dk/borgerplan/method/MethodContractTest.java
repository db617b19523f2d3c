package dk.borgerplan.method;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dk.borgerplan.platform.Text;

class MethodContractTest {

    private static final Text NAME = Text.of("Prøvemetoden", "The trial method");
    private static final Text DESCRIPTION = Text.of("En metode til prøve.", "A method for trying.");

    private static MethodPhase phase(Phase phase) {
        return new MethodPhase(phase, Text.of("Navn", "Name"), Text.of("Beskrivelse.", "Description."));
    }

    /** A well-formed method; the tests below break one rule each through the constructor. */
    @MethodId("trial")
    private static class TrialMethod implements Method {
        private final String id;
        private final Text name;
        private final List<MethodPhase> phases;

        TrialMethod(String id, Text name, List<MethodPhase> phases) {
            this.id = id;
            this.name = name;
            this.phases = phases;
        }

        TrialMethod() {
            this("trial", NAME, List.of(phase(Phase.PREPARE), phase(Phase.DRAFT), phase(Phase.USE), phase(Phase.RENEW)));
        }

        @Override public String id() { return id; }
        @Override public Text name() { return name; }
        @Override public Text description() { return DESCRIPTION; }
        @Override public List<MethodPhase> phases() { return phases; }
    }

    /** Correct in every way except that it does not say its id with {@link MethodId}. */
    private static class UnmarkedMethod extends TrialMethod {
    }

    @Test
    void aWellFormedMethodPasses() {
        assertEquals(List.of(), MethodContract.violations(new TrialMethod()));
        assertDoesNotThrow(() -> MethodContract.verify(new TrialMethod()));
    }

    @Test
    void aMethodMayUseSomeOfThePhases() {
        assertEquals(List.of(), MethodContract.violations(
                new TrialMethod("trial", NAME, List.of(phase(Phase.PREPARE), phase(Phase.RENEW)))));
    }

    @Test
    void theIdMustBeLowerCaseAndMatchTheServiceProperty() {
        assertViolation(new TrialMethod("Trial", NAME, new TrialMethod().phases()), "lower-case");
        assertViolation(new TrialMethod("other", NAME, new TrialMethod().phases()), "@MethodId(\"trial\") differs");
        assertViolation(new UnmarkedMethod(), "must carry @MethodId");
    }

    @Test
    void textsNeedEnglish() {
        assertViolation(new TrialMethod("trial", Text.of("Prøvemetoden", null), new TrialMethod().phases()),
                "name 'Prøvemetoden' has no English");
        assertViolation(new TrialMethod("trial", NAME,
                List.of(new MethodPhase(Phase.DRAFT, Text.of("Møde", " "), Text.of("Et møde.", "A meeting.")))),
                "DRAFT name 'Møde' has no English");
    }

    @Test
    void phasesFollowTheCycleOnceEach() {
        assertViolation(new TrialMethod("trial", NAME, List.of()), "at least one phase");
        assertViolation(new TrialMethod("trial", NAME, List.of(phase(Phase.DRAFT), phase(Phase.PREPARE))),
                "PREPARE comes after DRAFT");
        assertViolation(new TrialMethod("trial", NAME, List.of(phase(Phase.USE), phase(Phase.USE))),
                "USE comes after USE");
    }

    @Test
    void verifyNamesEveryViolation() {
        IllegalArgumentException failure = assertThrows(IllegalArgumentException.class,
                () -> MethodContract.verify(new TrialMethod("Trial", Text.of("Prøve", ""), List.of())));
        assertTrue(failure.getMessage().contains("lower-case"), failure.getMessage());
        assertTrue(failure.getMessage().contains("no English"), failure.getMessage());
        assertTrue(failure.getMessage().contains("at least one phase"), failure.getMessage());
    }

    @Test
    void aMethodPhaseNeedsAllItsParts() {
        assertThrows(NullPointerException.class, () -> new MethodPhase(null, NAME, DESCRIPTION));
        assertThrows(NullPointerException.class, () -> new MethodPhase(Phase.USE, null, DESCRIPTION));
        assertThrows(NullPointerException.class, () -> new MethodPhase(Phase.USE, NAME, null));
    }

    @Test
    void theServicePropertyIsNamedAfterTheAnnotation() {
        // DS (112.8.2.1) derives a single-element property type's name from its simple name: MethodId -> method.id.
        // Renaming the annotation would silently rename the property the web bundle filters on.
        String derived = MethodId.class.getSimpleName().replaceAll("(?<=[a-z0-9])([A-Z])", ".$1").toLowerCase();
        assertEquals(Method.ID_PROPERTY, derived);
    }

    private static void assertViolation(Method method, String expected) {
        List<String> violations = MethodContract.violations(method);
        assertTrue(violations.stream().anyMatch(violation -> violation.contains(expected)),
                "expected a violation containing '" + expected + "', got " + violations);
    }

    @Test
    void guidesAreCheckedToo() {
        GuideItem open = new GuideItem("open", Text.of("Åbne spørgsmål", "Open questions"),
                Text.of("Åbner for personens perspektiver.", "Open up the person's perspectives."),
                List.of(Text.of("Hvad er vigtigt for dig?", "What matters to you?")));
        Guide good = new Guide("mi", Phase.DRAFT, null, Text.of("Motiverende samtale", "Motivational interviewing"),
                Text.of("Til den, der leder mødet.", "For the person leading the meeting."), List.of(open));
        List<String> none = new java.util.ArrayList<>();
        MethodContract.guideViolations(none, List.of(good));
        assertEquals(List.of(), none);
        assertTrue(good.isFor(Phase.DRAFT) && !good.isFor(Phase.USE));

        GuideItem danishOnly = new GuideItem("open", Text.of("Åbne spørgsmål", null), Text.of("Åbner.", "Opens."),
                List.of(Text.of("Hvad?", " ")));
        Guide broken = new Guide("Mi", null, null, Text.of("Titel", "Title"), Text.of("Om.", "About."),
                List.of(open, danishOnly));
        Guide empty = new Guide("mi", null, null, Text.of("Titel", "Title"), Text.of("Om.", "About."), List.of());
        List<String> found = new java.util.ArrayList<>();
        MethodContract.guideViolations(found, List.of(broken, good, empty));
        assertTrue(found.stream().anyMatch(v -> v.contains("'Mi': id must be")), found.toString());
        assertTrue(found.stream().anyMatch(v -> v.contains("item 'open' is listed twice")), found.toString());
        assertTrue(found.stream().anyMatch(v -> v.contains("item open name") && v.contains("no English")), found.toString());
        assertTrue(found.stream().anyMatch(v -> v.contains("item open example")), found.toString());
        assertTrue(found.stream().anyMatch(v -> v.equals("guide 'mi' is listed twice")), found.toString());
        assertTrue(found.stream().anyMatch(v -> v.equals("guide 'mi' has no items")), found.toString());
    }

    private static final Text T = Text.of("Tekst", "Text");

    @Test
    void sheetsCardDecksAndSectionsAreChecked() {
        Sheet frame = new Sheet("frame", Phase.PREPARE, T, T, T, List.of(
                new SheetPrompt("q1", T, "interest.friends"), new SheetPrompt("q2", T, "interest.sport")));
        CardDeck deck = new CardDeck("strengths", T, T, List.of(new CardDeck.Card("courage", T, null)));
        PlanSection ledger = new PlanSection("ledger", Phase.USE, T, T, 0, List.of(
                new SectionField("kind", T, FieldKind.CHOICE, true, List.of(new SectionField.Choice("grant", T))),
                new SectionField("amount", T, FieldKind.AMOUNT, true, List.of())));
        List<String> none = new java.util.ArrayList<>();
        MethodContract.contentViolations(none, new MethodContent(List.of(), List.of(frame), List.of(deck),
                List.of(ledger)));
        assertEquals(List.of(), none);
        assertTrue(frame.pictograms());
        assertEquals("sheet-frame", frame.answers().id());
        assertEquals(List.of("q1", "q2"), frame.answers().fields().stream().map(SectionField::id).toList());

        Sheet wordsOnly = new Sheet("words", null, null, T, T, List.of(new SheetPrompt("q1", T, null),
                new SheetPrompt("q1", Text.of("Kun dansk", null), "Not An Icon")));
        CardDeck empty = new CardDeck("Deck", T, T, List.of());
        PlanSection broken = new PlanSection("sheet-frame", null, T, T, -1, List.of(
                new SectionField("kind", T, FieldKind.CHOICE, true, List.of()),
                new SectionField("kind", T, FieldKind.TEXT, false, List.of(new SectionField.Choice("x", T)))));
        PlanSection noFields = new PlanSection("empty", null, T, T, 0, List.of());
        List<String> found = new java.util.ArrayList<>();
        MethodContract.contentViolations(found, new MethodContent(List.of(), List.of(frame, wordsOnly),
                List.of(empty), List.of(broken, noFields)));
        assertTrue(!wordsOnly.pictograms());
        for (String expected : List.of("sheet 'words' prompt 'q1' is listed twice", "prompt q1 'Kun dansk' has no English",
                "icon 'Not An Icon' is not an icon concept id", "card deck 'Deck': id must be", "card deck 'Deck' has no cards",
                "section 'sheet-frame' is listed twice", "maxEntries must be 0", "field 'kind' is a choice without choices",
                "field 'kind' is listed twice", "field 'kind' has choices but is not a CHOICE", "section 'empty' has no fields")) {
            assertTrue(found.stream().anyMatch(v -> v.contains(expected)), "expected '" + expected + "' in " + found);
        }
    }

    @Test
    void preferredScalesAreScaleIds() {
        @MethodId("trial")
        class ScaledMethod extends TrialMethod {
            @Override public List<String> preferredScales() { return java.util.Arrays.asList("fko", "FKO scale", null); }
        }
        List<String> violations = MethodContract.violations(new ScaledMethod());
        assertEquals(2, violations.stream().filter(v -> v.contains("is not a scale id")).count(), violations.toString());
    }

    @Test
    void aSectionIsFoundAmongTheSectionsAndTheSheetsAnswers() {
        @MethodId("trial")
        class SectionedMethod extends TrialMethod {
            @Override public List<Sheet> sheets() {
                return List.of(new Sheet("frame", null, null, T, T, List.of(new SheetPrompt("q1", T, null))));
            }
            @Override public List<PlanSection> sections() {
                return List.of(new PlanSection("ledger", null, T, T, 0,
                        List.of(new SectionField("amount", T, FieldKind.AMOUNT, true, List.of()))));
            }
        }
        Method method = new SectionedMethod();
        assertEquals(FieldKind.AMOUNT, method.section("ledger").orElseThrow().field("amount").orElseThrow().kind());
        assertEquals(1, method.section("sheet-frame").orElseThrow().maxEntries());
        assertTrue(method.section("frame").isEmpty());
    }
}
