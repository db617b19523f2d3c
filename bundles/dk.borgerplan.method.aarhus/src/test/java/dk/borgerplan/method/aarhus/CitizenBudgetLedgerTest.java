package dk.borgerplan.method.aarhus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import dk.borgerplan.method.EntryProblem;
import dk.borgerplan.method.SectionEntry;
import dk.borgerplan.method.SummaryLine;

/**
 * The citizen budget (livsmestermidler): granted, spent per goal and remaining, and never spending past the grant
 * without a recorded approval. Amounts arrive as the plan model normalises them ("1250.00").
 */
class CitizenBudgetLedgerTest {

    private static SectionEntry grant(String amount) {
        return entry("art", "bevilling", "beloeb", amount, "dato", "2026-01-05");
    }

    private static SectionEntry spend(String amount, String goal, String... more) {
        SectionEntry base = entry("art", "forbrug", "beloeb", amount, "dato", "2026-02-01", "maal", goal);
        Map<String, String> values = new HashMap<>(base.values());
        values.putAll(entry(more).values());
        return new SectionEntry(values);
    }

    private static SectionEntry entry(String... pairs) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                values.put(pairs[i], pairs[i + 1]);
            }
        }
        return new SectionEntry(values);
    }

    private static Map<String, String> figures(List<SectionEntry> entries) {
        return CitizenBudgetLedger.summarize(entries).stream()
                .collect(Collectors.toMap(line -> line.goal() == null ? line.id() : line.id() + ":" + line.goal(),
                        SummaryLine::value, (a, b) -> a, java.util.LinkedHashMap::new));
    }

    @Test
    void showsGrantedSpentPerGoalAndRemaining() {
        List<SectionEntry> ledger = List.of(grant("2000.00"), spend("300.00", "goal-swim"), spend("450.50", "goal-bus"),
                spend("100.00", "goal-swim"), grant("500.00"));
        assertTrue(CitizenBudgetLedger.check(ledger).isEmpty());
        assertEquals(Map.of("bevilget", "2500.00", "brugt", "850.50", "brugt-paa-maal:goal-swim", "400.00",
                "brugt-paa-maal:goal-bus", "450.50", "tilbage", "1649.50"), figures(ledger));
        assertEquals(List.of("bevilget", "brugt", "brugt-paa-maal", "brugt-paa-maal", "tilbage"),
                CitizenBudgetLedger.summarize(ledger).stream().map(SummaryLine::id).toList());
    }

    @Test
    void anEmptyLedgerHasNothingGrantedAndNothingLeft() {
        assertEquals(Map.of("bevilget", "0.00", "brugt", "0.00", "tilbage", "0.00"), figures(List.of()));
    }

    @Test
    void refusesSpendingPastTheGrantWithoutARecordedApproval() {
        List<EntryProblem> problems = CitizenBudgetLedger.check(List.of(grant("1000.00"), spend("600.00", "g1"),
                spend("400.01", "g1")));
        assertEquals(1, problems.size());
        EntryProblem overspend = problems.get(0);
        assertEquals(2, overspend.entry());
        assertEquals("godkendt-af", overspend.field());
        assertEquals("Forbruget kommer over det bevilgede (1.000,01 kr. brugt af 1.000,00 kr.): skriv, hvem der har"
                + " godkendt det.", overspend.message().in(Locale.forLanguageTag("da")));
        assertEquals("This spending goes past the grant (DKK 1,000.01 spent of 1,000.00): record who approved it.",
                overspend.message().in(Locale.ENGLISH));
    }

    @Test
    void spendingExactlyTheGrantNeedsNoApproval() {
        assertTrue(CitizenBudgetLedger.check(List.of(grant("1000.00"), spend("600.00", "g1"), spend("400.00", "g2")))
                .isEmpty());
    }

    @Test
    void aRecordedApprovalAllowsTheOverspendAndTheRemainderShowsIt() {
        List<SectionEntry> ledger = List.of(grant("1000.00"), spend("1200.00", "g1", "godkendt-af", "Teamleder Hansen",
                "godkendelse", "Aftalt på mødet 3. februar"));
        assertTrue(CitizenBudgetLedger.check(ledger).isEmpty());
        assertEquals("-200.00", figures(ledger).get("tilbage"));
    }

    @Test
    void theOrderCountsSpendingBeforeItsGrantNeedsApproval() {
        // The money was spent before it was granted: at that moment it passed the grant.
        List<EntryProblem> problems = CitizenBudgetLedger.check(List.of(spend("100.00", "g1"), grant("1000.00")));
        assertEquals(List.of(0), problems.stream().map(EntryProblem::entry).toList());
        assertEquals("godkendt-af", problems.get(0).field());
    }

    @Test
    void everySpendingAfterTheGrantIsPassedNeedsItsOwnApproval() {
        List<EntryProblem> problems = CitizenBudgetLedger.check(List.of(grant("100.00"),
                spend("150.00", "g1", "godkendt-af", "Teamleder"), spend("10.00", "g1")));
        assertEquals(List.of(2), problems.stream().map(EntryProblem::entry).toList());
    }

    @Test
    void spendingMustBelongToAGoal() {
        List<EntryProblem> problems = CitizenBudgetLedger.check(List.of(grant("100.00"), spend("10.00", null)));
        assertEquals(1, problems.size());
        assertEquals(1, problems.get(0).entry());
        assertEquals("maal", problems.get(0).field());
        assertTrue(CitizenBudgetLedger.check(List.of(grant("100.00"))).isEmpty(), "a grant needs no goal");
    }
}
