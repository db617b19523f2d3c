package dk.borgerplan.icons;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

import dk.borgerplan.platform.Text;

/**
 * The icons of all active icon packs. Where several packs offer the same concept, the pack listed first in
 * {@link #packs()} wins. Every answer comes from one consistent snapshot, so a pack being replaced is never seen
 * half installed.
 */
@ProviderType
public interface IconCatalog {

    /** The active packs, in precedence order: the first wins. */
    List<IconPack> packs();

    /** One icon per concept id, from the highest-precedence pack that has it, sorted by concept id. */
    List<Icon> icons();

    /** The icon served for a concept, if any pack has it. */
    Optional<Icon> icon(String conceptId);

    /** The picture served for a concept, if any pack has it. */
    Optional<IconImage> image(String conceptId);

    /** The icons whose themes contain {@code theme}, sorted by concept id. */
    List<Icon> byTheme(String theme);

    /**
     * The label of a concept that an active pack offers or that an installed or earlier pack has offered since the
     * platform started; empty for a concept no pack has named. Lets a client show a concept whose icon is gone.
     *
     * @since 1.2
     */
    default Optional<Text> label(String conceptId) {
        return icon(conceptId).map(Icon::label);
    }

    /**
     * The icons where {@code keyword} occurs, ignoring case, in a keyword or in the Danish or English label, sorted by
     * concept id. A blank keyword finds nothing.
     */
    List<Icon> search(String keyword);
}
