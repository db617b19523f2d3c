package dk.borgerplan.plan;

import java.time.Instant;

/** Who made a change, and when. */
public record Stamp(String by, Instant at) {
}
