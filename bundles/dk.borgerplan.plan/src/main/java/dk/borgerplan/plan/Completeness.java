package dk.borgerplan.plan;

import java.util.List;
import java.util.Locale;

/**
 * Which §141 elements a plan does not state yet (codes: {@code purpose}, {@code neededEffort},
 * {@code expectedDuration}, {@code specialConditions.housing} …). A plan may be saved incomplete; this tells what is
 * missing.
 */
public record Completeness(List<String> missing) {

    public Completeness {
        missing = List.copyOf(missing);
    }

    public boolean complete() {
        return missing.isEmpty();
    }

    /** The name of a missing element in Danish or English, e.g. "Forventet varighed". */
    public static String label(String element, Locale locale) {
        return Messages.format("element." + element, List.of(), locale);
    }
}
