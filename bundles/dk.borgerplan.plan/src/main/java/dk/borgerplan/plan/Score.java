package dk.borgerplan.plan;

/** A stored score: always with the scale id and version it was given on. */
public record Score(String scale, String scaleVersion, int value) {
}
