package dk.borgerplan.method;

import java.util.List;
import java.util.Objects;

import dk.borgerplan.platform.Text;

/**
 * A question guide: help for the person who leads a conversation with the citizen — what to ask, how to listen.
 * Shared guides (motivational interviewing, SMART questions) and a method's own guides have this shape.
 *
 * @param id short, stable, lower-case identifier, unique among the guides of its source ({@code mi}, {@code smart})
 * @param phase the phase it is for, or {@code null} for every phase
 * @param theme the wheel field of the life theme it is for ({@code egenomsorg}), or {@code null} for any theme
 * @param title the guide's heading
 * @param about what the guide is for, in a sentence or two
 * @param items the techniques, questions or steps, in order
 */
public record Guide(String id, Phase phase, String theme, Text title, Text about, List<GuideItem> items) {

    public Guide {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(about, "about");
        items = List.copyOf(items);
    }

    /** Whether the guide is meant for {@code phase} (a guide without a phase is for all). */
    public boolean isFor(Phase phase) {
        return this.phase == null || this.phase == phase;
    }
}
