package dk.borgerplan.icons.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.function.Predicate;

import dk.borgerplan.icons.Icon;
import dk.borgerplan.icons.IconImage;
import dk.borgerplan.icons.IconPack;

/**
 * One immutable snapshot of the catalogue. Every change builds a new snapshot, which the extender swaps in
 * atomically: readers never lock and never see a half-installed pack.
 *
 * <p>
 * Each installed pack carries a generation, a number that grows with every change to its entry. Removal names the
 * generation it means, so a late removal of an old bundle state cannot remove content that has since been replaced.
 */
final class CatalogState {

    /**
     * Which pack wins a concept: higher rank first, then the older bundle. The one place to change when an
     * administrator can reorder packs.
     */
    static final Comparator<LoadedPack> PRECEDENCE = Comparator.comparingInt(LoadedPack::rank).reversed()
            .thenComparingLong(LoadedPack::bundleId);

    // After PRECEDENCE: static fields initialise in order, and the constructor sorts with it.
    static final CatalogState EMPTY = new CatalogState(Map.of(), 0);

    private record Entry(LoadedPack pack, long generation) {
    }

    private final Map<String, Entry> entries;
    private final long lastGeneration;
    private final List<IconPack> packs;
    private final Map<String, LoadedIcon> winners;
    private final List<Icon> icons;

    private CatalogState(Map<String, Entry> entries, long lastGeneration) {
        this.entries = Map.copyOf(entries);
        this.lastGeneration = lastGeneration;
        List<LoadedPack> ordered = entries.values().stream().map(Entry::pack).sorted(PRECEDENCE).toList();
        this.packs = ordered.stream().map(LoadedPack::info).toList();
        Map<String, LoadedIcon> winners = new TreeMap<>();
        for (LoadedPack pack : ordered) {
            for (LoadedIcon icon : pack.icons()) {
                winners.putIfAbsent(icon.icon().conceptId(), icon);
            }
        }
        this.winners = winners;
        this.icons = winners.values().stream().map(LoadedIcon::icon).toList();
    }

    /** This state with {@code pack} in, replacing any earlier content of the same pack id. */
    CatalogState install(LoadedPack pack) {
        Map<String, Entry> next = new HashMap<>(entries);
        next.put(pack.id(), new Entry(pack, lastGeneration + 1));
        return new CatalogState(next, lastGeneration + 1);
    }

    /**
     * This state with the content of {@code packId} kept but claimed by a new generation, so that removals scheduled
     * for earlier generations no longer apply. Used when a new version of a pack is refused: the old content stays in
     * service for as long as the bundle that replaced it does.
     */
    CatalogState claim(String packId) {
        Entry entry = entries.get(packId);
        if (entry == null) {
            return this;
        }
        Map<String, Entry> next = new HashMap<>(entries);
        next.put(packId, new Entry(entry.pack(), lastGeneration + 1));
        return new CatalogState(next, lastGeneration + 1);
    }

    /** This state without {@code packId}, if its entry is still the given generation; otherwise this state. */
    CatalogState remove(String packId, long generation) {
        Entry entry = entries.get(packId);
        if (entry == null || entry.generation() != generation) {
            return this;
        }
        Map<String, Entry> next = new HashMap<>(entries);
        next.remove(packId);
        return new CatalogState(next, lastGeneration);
    }

    OptionalLong generation(String packId) {
        Entry entry = entries.get(packId);
        return entry == null ? OptionalLong.empty() : OptionalLong.of(entry.generation());
    }

    Optional<LoadedPack> pack(String packId) {
        return Optional.ofNullable(entries.get(packId)).map(Entry::pack);
    }

    List<IconPack> packs() {
        return packs;
    }

    List<Icon> icons() {
        return icons;
    }

    Optional<Icon> icon(String conceptId) {
        return Optional.ofNullable(conceptId == null ? null : winners.get(conceptId)).map(LoadedIcon::icon);
    }

    Optional<IconImage> image(String conceptId) {
        return Optional.ofNullable(conceptId == null ? null : winners.get(conceptId)).map(LoadedIcon::image);
    }

    List<Icon> byTheme(String theme) {
        if (theme == null || theme.isBlank()) {
            return List.of();
        }
        String wanted = theme.strip().toLowerCase(Locale.ROOT);
        return filter(icon -> icon.themes().contains(wanted));
    }

    List<Icon> search(String keyword) {
        if (keyword == null || keyword.isBlank()) {
            return List.of();
        }
        String needle = keyword.strip().toLowerCase(Locale.ROOT);
        return filter(icon -> contains(icon.label().da(), needle) || contains(icon.label().en(), needle)
                || icon.keywords().stream().anyMatch(word -> contains(word, needle)));
    }

    private List<Icon> filter(Predicate<Icon> predicate) {
        List<Icon> found = new ArrayList<>();
        for (Icon icon : icons) {
            if (predicate.test(icon)) {
                found.add(icon);
            }
        }
        return List.copyOf(found);
    }

    private static boolean contains(String text, String lowerCaseNeedle) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(lowerCaseNeedle);
    }
}
