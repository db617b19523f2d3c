package dk.borgerplan.plan.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dk.borgerplan.method.EntryProblem;
import dk.borgerplan.method.FieldKind;
import dk.borgerplan.method.FixedMethod;
import dk.borgerplan.method.MethodContent;
import dk.borgerplan.method.MethodPhase;
import dk.borgerplan.method.Phase;
import dk.borgerplan.method.PlanSection;
import dk.borgerplan.method.SectionEntry;
import dk.borgerplan.method.SectionField;
import dk.borgerplan.method.Sheet;
import dk.borgerplan.method.SheetPrompt;
import dk.borgerplan.method.SummaryLine;
import dk.borgerplan.plan.Actor;
import dk.borgerplan.plan.Citizen;
import dk.borgerplan.plan.CycleStage;
import dk.borgerplan.plan.GoalDraft;
import dk.borgerplan.plan.NewCitizen;
import dk.borgerplan.plan.NotFoundException;
import dk.borgerplan.plan.Plan;
import dk.borgerplan.plan.PlanCycle;
import dk.borgerplan.plan.PlanDraft;
import dk.borgerplan.plan.ScoreDraft;
import dk.borgerplan.plan.SectionRecord;
import dk.borgerplan.plan.StateConflictException;
import dk.borgerplan.plan.ValidationException;
import dk.borgerplan.plan.VersionConflictException;
import dk.borgerplan.plan.Violation;
import dk.borgerplan.platform.Text;
import dk.borgerplan.scales.internal.BundledScaleCatalog;
import dk.borgerplan.themes.internal.BundledThemeCatalog;

/**
 * The sections a method adds to the plan: every field's kind is checked by the plan model, then the method's own rule;
 * nothing is stored when either says no, and the method's figures come back with every read.
 */
class SectionModelTest {

    private static final Actor CASEWORKER = new Actor("sagsbehandler-1", "Sagsbehandler");
    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    /** A trial method: a small ledger whose rule is "no single spending above 1000" and whose figure is the total. */
    private static final class LedgerMethod extends FixedMethod {

        static final PlanSection LEDGER = new PlanSection("ledger", Phase.USE, Text.of("Regnskab", "Ledger"),
                Text.of("Prøve", "Trial"), 3, List.of(
                        new SectionField("date", Text.of("Dato", "Date"), FieldKind.DATE, true, List.of()),
                        new SectionField("kind", Text.of("Art", "Kind"), FieldKind.CHOICE, true, List.of(
                                new SectionField.Choice("grant", Text.of("Bevilling", "Grant")),
                                new SectionField.Choice("spending", Text.of("Forbrug", "Spending")))),
                        new SectionField("amount", Text.of("Beløb", "Amount"), FieldKind.AMOUNT, true, List.of()),
                        new SectionField("goal", Text.of("Mål", "Goal"), FieldKind.GOAL, false, List.of()),
                        new SectionField("words", Text.of("Ord", "Words"), FieldKind.WORDS_AS_SAID, false, List.of()),
                        new SectionField("count", Text.of("Antal", "Count"), FieldKind.NUMBER, false, List.of()),
                        new SectionField("done", Text.of("Gjort", "Done"), FieldKind.YES_NO, false, List.of())));

        static final Sheet SHEET = new Sheet("fritid", Phase.PREPARE, null, Text.of("Fritid", "Leisure"),
                Text.of("Om fritiden", "On leisure"), List.of(new SheetPrompt("q1", Text.of("Hvad laver du?", "What do you do?"), null)));

        LedgerMethod() {
            super("trial", Text.of("Prøve", "Trial"), Text.of("Prøvemetode", "Trial method"),
                    List.of(new MethodPhase(Phase.USE, Text.of("Brug", "Use"), Text.of("Brug", "Use"))));
        }

        @Override
        protected MethodContent content() {
            return new MethodContent(List.of(), List.of(SHEET), List.of(), List.of(LEDGER));
        }

        @Override
        public List<EntryProblem> check(String sectionId, List<SectionEntry> entries) {
            List<EntryProblem> problems = new java.util.ArrayList<>();
            for (int i = 0; i < entries.size(); i++) {
                if (entries.get(i).amount("amount").compareTo(new BigDecimal("1000")) > 0) {
                    problems.add(new EntryProblem(i, "amount", Text.of("Højst 1000 ad gangen", "At most 1000 at a time")));
                }
            }
            return problems;
        }

        @Override
        public List<SummaryLine> summarize(String sectionId, List<SectionEntry> entries) {
            BigDecimal total = entries.stream().map(e -> e.amount("amount")).reduce(BigDecimal.ZERO, BigDecimal::add);
            return List.of(new SummaryLine("total", Text.of("I alt", "Total"), FieldKind.AMOUNT, total.toPlainString(), null));
        }
    }

    private final InMemoryPlanStore store = new InMemoryPlanStore();
    private final InMemorySectionStore sectionStore = new InMemorySectionStore();
    private final CycleModel cycles = new CycleModel(store, new InMemoryStaircaseStore());
    private final PlanModel plans = new PlanModel(store, new BundledScaleCatalog(), new BundledThemeCatalog(), 3,
            "fko", Clock.systemUTC());
    private final SectionModel sections = new SectionModel(store, sectionStore, Clock.fixed(NOW, ZoneOffset.UTC));
    private final LedgerMethod method = new LedgerMethod();
    private final Citizen citizen = new CitizenRegistry(store).create(CASEWORKER, new NewCitizen("Testborger"));

    SectionModelTest() {
        sections.addMethod(method);
    }

    private Plan planWithGoal() {
        PlanCycle cycle = cycles.open(CASEWORKER, citizen.id());
        cycles.advance(CASEWORKER, cycle.id(), cycle.version(), CycleStage.PLAN_MEETING);
        return plans.create(CASEWORKER, citizen.id(), new PlanDraft("Jeg vil bo i egen lejlighed",
                List.of(new GoalDraft("Jeg tager selv bussen", new ScoreDraft(null, 3), new ScoreDraft(null, 2)))));
    }

    private static Map<String, String> entry(String... pairs) {
        Map<String, String> entry = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            entry.put(pairs[i], pairs[i + 1]);
        }
        return entry;
    }

    private List<String> refusedFields(Plan plan, Map<String, String> entry) {
        ValidationException refused = assertThrows(ValidationException.class,
                () -> sections.save(CASEWORKER, plan.cycleId(), "trial", "ledger", 0, List.of(entry)));
        assertTrue(sectionStore.records.isEmpty(), "nothing stored after a refusal");
        return refused.violations().stream().map(Violation::field).toList();
    }

    @Test
    void entriesAreNormalisedStoredAndSummed() {
        Plan plan = planWithGoal();
        String goalId = plan.goals().get(0).id();
        SectionRecord empty = sections.section(plan.cycleId(), "trial", "ledger");
        assertEquals(0, empty.version());
        assertEquals("0", empty.summary().get(0).value());

        SectionRecord saved = sections.save(CASEWORKER, plan.cycleId(), "trial", "ledger", 0, List.of(
                entry("date", " 2026-03-01 ", "kind", "grant", "amount", "500"),
                entry("date", "2026-03-02", "kind", "spending", "amount", "99.5", "goal", goalId,
                        "words", "  Jeg vil selv  ", "count", "2", "done", "TRUE")));

        assertEquals(1, saved.version());
        assertEquals("2026-03-01", saved.entries().get(0).value("date").orElseThrow());
        assertEquals("500.00", saved.entries().get(0).value("amount").orElseThrow());
        assertEquals("99.50", saved.entries().get(1).value("amount").orElseThrow());
        assertEquals("  Jeg vil selv  ", saved.entries().get(1).value("words").orElseThrow(), "the citizen's words as said");
        assertEquals("true", saved.entries().get(1).value("done").orElseThrow());
        assertEquals("599.50", saved.summary().get(0).value());
        assertEquals(NOW, saved.updated().at());
        assertEquals("599.50", sections.section(plan.cycleId(), "trial", "ledger").summary().get(0).value());
    }

    @Test
    void everyBrokenFieldRuleIsNamedAndNothingIsStored() {
        Plan plan = planWithGoal();
        assertEquals(List.of("entries[0].date", "entries[0].kind", "entries[0].amount"),
                refusedFields(plan, entry("words", "x")));
        assertEquals(List.of("entries[0].date", "entries[0].kind", "entries[0].amount", "entries[0].goal",
                "entries[0].count", "entries[0].done"),
                refusedFields(plan, entry("date", "1. marts", "kind", "gave", "amount", "-1", "goal", "ikke-et-mål",
                        "count", "mange", "done", "måske")));
        assertEquals(List.of("entries[0].amount"), refusedFields(plan, entry("date", "2026-03-01", "kind", "grant",
                "amount", "1.005")));
        assertEquals(List.of("entries[0]"), refusedFields(plan, entry("date", "2026-03-01", "kind", "grant",
                "amount", "1", "påfund", "x")));
        assertEquals(List.of("entries[0].words"), refusedFields(plan, entry("date", "2026-03-01", "kind", "grant",
                "amount", "1", "words", "x".repeat(SectionModel.WORDS_MAX + 1))));
    }

    @Test
    void theMethodsOwnRuleIsAskedAfterTheFieldsAndSpeaksInTheUsersLanguage() {
        Plan plan = planWithGoal();
        ValidationException refused = assertThrows(ValidationException.class, () -> sections.save(CASEWORKER,
                plan.cycleId(), "trial", "ledger", 0, List.of(entry("date", "2026-03-01", "kind", "grant", "amount", "1000.01"))));
        Violation violation = refused.violations().get(0);
        assertEquals("entries[0].amount", violation.field());
        assertEquals("methodRule", violation.rule());
        assertEquals("Højst 1000 ad gangen", violation.message(Locale.forLanguageTag("da")));
        assertEquals("At most 1000 at a time", violation.message(Locale.ENGLISH));
        assertTrue(sectionStore.records.isEmpty());
    }

    @Test
    void aSectionHoldsAtMostItsNumberOfEntries() {
        Plan plan = planWithGoal();
        Map<String, String> one = entry("date", "2026-03-01", "kind", "grant", "amount", "1");
        ValidationException refused = assertThrows(ValidationException.class, () -> sections.save(CASEWORKER,
                plan.cycleId(), "trial", "ledger", 0, List.of(one, one, one, one)));
        assertEquals("entries", refused.violations().get(0).field());
        assertEquals("tooMany", refused.violations().get(0).rule());
    }

    @Test
    void aChangeBasedOnAnOldVersionIsAConflictNotALostUpdate() {
        Plan plan = planWithGoal();
        Map<String, String> one = entry("date", "2026-03-01", "kind", "grant", "amount", "1");
        sections.save(CASEWORKER, plan.cycleId(), "trial", "ledger", 0, List.of(one));
        assertThrows(VersionConflictException.class,
                () -> sections.save(CASEWORKER, plan.cycleId(), "trial", "ledger", 0, List.of(one, one)));
        assertEquals(1, sections.section(plan.cycleId(), "trial", "ledger").entries().size());
        assertEquals(2, sections.save(CASEWORKER, plan.cycleId(), "trial", "ledger", 1, List.of(one, one)).version());
    }

    @Test
    void aSheetsAnswersAreASectionOfTheirOwn() {
        Plan plan = planWithGoal();
        SectionRecord saved = sections.save(CASEWORKER, plan.cycleId(), "trial", Sheet.SHEET_PREFIX + "fritid", 0,
                List.of(entry("q1", "Jeg spiller musik")));
        assertEquals("Jeg spiller musik", saved.entries().get(0).value("q1").orElseThrow());
    }

    @Test
    void unknownCycleMethodOrSectionIsNotFound() {
        Plan plan = planWithGoal();
        assertThrows(NotFoundException.class, () -> sections.section("ingen-cyklus", "trial", "ledger"));
        assertThrows(NotFoundException.class, () -> sections.section(plan.cycleId(), "ingen-metode", "ledger"));
        assertThrows(NotFoundException.class, () -> sections.section(plan.cycleId(), "trial", "intet-afsnit"));
    }

    @Test
    void aClosedCycleIsReadOnly() {
        Plan plan = planWithGoal();
        PlanCycle cycle = store.cycle(plan.cycleId()).orElseThrow();
        store.updateCycle(new PlanCycle(cycle.id(), cycle.citizenId(), cycle.number(), CycleStage.CLOSED,
                cycle.history(), cycle.version(), cycle.created(), cycle.updated()), cycle.version());
        assertEquals("cycleClosed", assertThrows(StateConflictException.class, () -> sections.save(CASEWORKER,
                plan.cycleId(), "trial", "ledger", 0, List.of(entry("date", "2026-03-01", "kind", "grant", "amount", "1"))))
                .rule());
    }

    @Test
    void whatWasWrittenStaysReadableWhenTheMethodIsRemoved() {
        Plan plan = planWithGoal();
        sections.save(CASEWORKER, plan.cycleId(), "trial", "ledger", 0,
                List.of(entry("date", "2026-03-01", "kind", "grant", "amount", "1")));
        sections.removeMethod(method);

        SectionRecord kept = sections.section(plan.cycleId(), "trial", "ledger");
        assertEquals("1.00", kept.entries().get(0).value("amount").orElseThrow());
        assertTrue(kept.summary().isEmpty(), "no figures without the method");
        assertThrows(NotFoundException.class, () -> sections.save(CASEWORKER, plan.cycleId(), "trial", "ledger", 1,
                List.of()));
        assertThrows(NotFoundException.class, () -> sections.section(plan.cycleId(), "trial", "budget"));
    }
}
