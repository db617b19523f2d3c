package dk.borgerplan.icons;

import java.util.Objects;

/**
 * An active icon pack.
 *
 * @param id the pack bundle's Bundle-SymbolicName
 * @param name the pack's name in Danish
 * @param version the pack bundle's version
 * @param licence the licence of the pictograms, e.g. {@code CC BY 4.0}
 * @param attribution whom the licence asks to credit; empty if the pack names nobody
 * @param iconCount how many icons the pack offers, including those another pack overrides
 */
public record IconPack(String id, String name, String version, String licence, String attribution, int iconCount) {

    public IconPack {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(licence, "licence");
        attribution = attribution == null ? "" : attribution;
    }
}
