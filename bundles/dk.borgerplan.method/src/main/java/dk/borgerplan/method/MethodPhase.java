package dk.borgerplan.method;

import java.util.Objects;

import dk.borgerplan.platform.Text;

/**
 * One of the shared phases as a method lives it: what the method calls it (Randers calls {@link Phase#DRAFT}
 * "Borgerplansmøde") and what happens in it.
 *
 * <p>What a method brings to a phase (sheets, question guides, ...) will be added as separate types that carry their
 * {@link Phase}, not as new components here: a new record component would change the constructor every plugin calls.
 */
public record MethodPhase(Phase phase, Text name, Text description) {

    public MethodPhase {
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
    }
}
