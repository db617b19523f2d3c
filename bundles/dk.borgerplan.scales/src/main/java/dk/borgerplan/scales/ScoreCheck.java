package dk.borgerplan.scales;

import java.util.Optional;

/**
 * The outcome of checking a score against a scale: the scale and level it denotes, or why it does not.
 *
 * @param scale the scale the score was checked against, empty when no such scale exists
 * @param level the level the value denotes, empty when the value is not on the scale
 */
public record ScoreCheck(Optional<Scale> scale, Optional<ScaleLevel> level) {

    public boolean valid() {
        return level.isPresent();
    }

    public boolean unknownScale() {
        return scale.isEmpty();
    }
}
