package dk.borgerplan.plan;

/** A score as given: the scale may be left out (the configured default scale is used). */
public record ScoreDraft(String scale, Integer value) {
}
