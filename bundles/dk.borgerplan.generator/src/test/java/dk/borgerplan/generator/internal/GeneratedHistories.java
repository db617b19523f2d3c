package dk.borgerplan.generator.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dk.borgerplan.icons.Icon;
import dk.borgerplan.plan.spi.BulkPlanStore.History;
import dk.borgerplan.platform.Text;
import dk.borgerplan.scales.ScaleCatalog;
import dk.borgerplan.themes.ThemeCatalog;

/** Generated histories for tests, with a few icons as the basic pack offers them. */
public final class GeneratedHistories {

    static final List<Icon> ICONS = List.of(icon("theme.egenomsorg", "egenomsorg"),
            icon("everyday.sleep", "egenomsorg"), icon("everyday.cleaning", "praktiske-opgaver"),
            icon("interest.cooking", "praktiske-opgaver"), icon("everyday.bus", "mobilitet"),
            icon("subtheme.samtale", "kommunikation"), icon("everyday.money", "samfundsliv"),
            icon("interest.friends", "relationer"), icon("employment.work", "employment"),
            icon("resource.smiley"), icon("resource.strong"));

    private GeneratedHistories() {
    }

    public static List<History> make(long seed, LocalDate today, ThemeCatalog themes, ScaleCatalog scales, int from,
            int count) {
        HistoryGenerator generator = generator(seed, today, themes, scales);
        List<History> histories = new ArrayList<>();
        for (int sequence = from; sequence < from + count; sequence++) {
            histories.add(generator.history(sequence));
        }
        return histories;
    }

    static HistoryGenerator generator(long seed, LocalDate today, ThemeCatalog themes, ScaleCatalog scales) {
        return new HistoryGenerator(seed, today, Vocabulary.of(themes, scales, ICONS), 250);
    }

    private static Icon icon(String concept, String... themes) {
        return new Icon(concept, Text.of(concept, concept), Text.of(concept, concept), List.of(), List.of(themes),
                "test", "image/svg+xml");
    }
}
