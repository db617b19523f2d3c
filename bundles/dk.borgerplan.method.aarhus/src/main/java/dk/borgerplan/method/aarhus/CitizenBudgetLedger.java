package dk.borgerplan.method.aarhus;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dk.borgerplan.method.EntryProblem;
import dk.borgerplan.method.FieldKind;
import dk.borgerplan.method.SectionEntry;
import dk.borgerplan.method.SummaryLine;
import dk.borgerplan.platform.Text;

/**
 * The citizen budget (livsmestermidler): grants and spendings in the order they happened. Spending is always towards
 * one of the plan's goals, and spending that takes the total spent past the total granted so far needs a recorded
 * approval (who approved it). The plan model has already checked each field (dates, amounts, that a goal is one of the
 * plan's); this is the rule between the entries.
 */
final class CitizenBudgetLedger {

    static final String SECTION = "livsmestermidler";
    static final String KIND = "art";
    static final String GRANT = "bevilling";
    static final String SPENDING = "forbrug";
    static final String AMOUNT = "beloeb";
    static final String GOAL = "maal";
    static final String APPROVED_BY = "godkendt-af";

    private static final Locale DANISH = Locale.forLanguageTag("da-DK");

    private CitizenBudgetLedger() {
    }

    /** Every entry that breaks the rule, where it breaks it. */
    static List<EntryProblem> check(List<SectionEntry> entries) {
        List<EntryProblem> problems = new ArrayList<>();
        BigDecimal granted = BigDecimal.ZERO;
        BigDecimal spent = BigDecimal.ZERO;
        for (int i = 0; i < entries.size(); i++) {
            SectionEntry entry = entries.get(i);
            String kind = entry.value(KIND).orElse("");
            if (GRANT.equals(kind)) {
                granted = granted.add(entry.amount(AMOUNT));
            } else if (SPENDING.equals(kind)) {
                spent = spent.add(entry.amount(AMOUNT));
                if (!entry.has(GOAL)) {
                    problems.add(new EntryProblem(i, GOAL, Text.of(
                            "Et forbrug skal høre til et af borgerens mål.",
                            "Spending must belong to one of the citizen's goals.")));
                }
                if (spent.compareTo(granted) > 0 && !entry.has(APPROVED_BY)) {
                    problems.add(new EntryProblem(i, APPROVED_BY, Text.of(
                            "Forbruget kommer over det bevilgede (" + danish(spent) + " kr. brugt af " + danish(granted)
                                    + " kr.): skriv, hvem der har godkendt det.",
                            "This spending goes past the grant (DKK " + english(spent) + " spent of "
                                    + english(granted) + "): record who approved it.")));
                }
            }
        }
        return problems;
    }

    /** Granted, spent in all and per goal (in the order the goals were first spent on), and what remains. */
    static List<SummaryLine> summarize(List<SectionEntry> entries) {
        BigDecimal granted = BigDecimal.ZERO;
        BigDecimal spent = BigDecimal.ZERO;
        Map<String, BigDecimal> perGoal = new LinkedHashMap<>();
        for (SectionEntry entry : entries) {
            String kind = entry.value(KIND).orElse("");
            if (GRANT.equals(kind)) {
                granted = granted.add(entry.amount(AMOUNT));
            } else if (SPENDING.equals(kind)) {
                spent = spent.add(entry.amount(AMOUNT));
                entry.value(GOAL).ifPresent(goal -> perGoal.merge(goal, entry.amount(AMOUNT), BigDecimal::add));
            }
        }
        List<SummaryLine> lines = new ArrayList<>();
        lines.add(line("bevilget", Text.of("Bevilget", "Granted"), granted, null));
        lines.add(line("brugt", Text.of("Brugt", "Spent"), spent, null));
        perGoal.forEach((goal, amount) -> lines.add(line("brugt-paa-maal",
                Text.of("Brugt på målet", "Spent on the goal"), amount, goal)));
        lines.add(line("tilbage", Text.of("Tilbage", "Remaining"), granted.subtract(spent), null));
        return lines;
    }

    private static SummaryLine line(String id, Text label, BigDecimal amount, String goal) {
        return new SummaryLine(id, label, FieldKind.AMOUNT, amount.setScale(2).toPlainString(), goal);
    }

    private static String danish(BigDecimal amount) {
        NumberFormat format = NumberFormat.getNumberInstance(DANISH);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(amount);
    }

    private static String english(BigDecimal amount) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.UK);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(amount);
    }
}
