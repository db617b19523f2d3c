package dk.borgerplan.plan;

import dk.borgerplan.themes.ThemeRef;

/**
 * A theme as a goal stores it: the catalogue reference and the Danish label it had when chosen, so that the plan
 * still reads the same if the catalogue moves on (DOMAIN.md: never a bare label or a bare code).
 */
public record ThemeUse(ThemeRef ref, String label) {
}
