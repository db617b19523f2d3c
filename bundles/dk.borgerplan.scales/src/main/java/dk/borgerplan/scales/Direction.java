package dk.borgerplan.scales;

/** Which end of a scale is the better one. KL's official 0–4 scales run 0 = no limitation, 4 = total limitation. */
public enum Direction {
    LOWER_IS_BETTER,
    HIGHER_IS_BETTER;

    /** Positive when {@code to} is better than {@code from}, negative when worse, zero when level. */
    public int improvement(int from, int to) {
        return this == LOWER_IS_BETTER ? from - to : to - from;
    }
}
