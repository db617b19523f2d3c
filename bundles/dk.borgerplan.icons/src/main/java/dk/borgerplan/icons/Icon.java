package dk.borgerplan.icons;

import java.util.List;
import java.util.Objects;

import dk.borgerplan.platform.Text;

/**
 * One pictogram for a concept, e.g. {@code theme.egenomsorg}. The concept id is what a plan stores; the pack that
 * draws it may change.
 *
 * @param conceptId stable id of what the icon means, e.g. {@code theme.mobilitet}
 * @param label the short name shown beside or under the icon
 * @param alt the text alternative for screen readers: what the picture shows
 * @param keywords words a search should find it by
 * @param themes the life themes the icon belongs to, e.g. {@code egenomsorg}
 * @param packId the pack that provides it
 * @param mediaType {@code image/svg+xml} or {@code image/png}
 * @param licence the licence of this picture, e.g. {@code CC BY 4.0}: the icon's own in pack.json, else the pack's;
 *        empty if not known
 * @param attribution whom the licence asks to credit for this picture: the icon's own, else the pack's; empty if
 *        nobody
 */
public record Icon(String conceptId, Text label, Text alt, List<String> keywords, List<String> themes, String packId,
        String mediaType, String licence, String attribution) {

    public Icon {
        Objects.requireNonNull(conceptId, "conceptId");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(alt, "alt");
        Objects.requireNonNull(packId, "packId");
        Objects.requireNonNull(mediaType, "mediaType");
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        themes = themes == null ? List.of() : List.copyOf(themes);
        licence = licence == null ? "" : licence;
        attribution = attribution == null ? "" : attribution;
    }

    /** An icon whose licence is not known here (the constructor of version 1.0 of this package). */
    public Icon(String conceptId, Text label, Text alt, List<String> keywords, List<String> themes, String packId,
            String mediaType) {
        this(conceptId, label, alt, keywords, themes, packId, mediaType, "", "");
    }
}
