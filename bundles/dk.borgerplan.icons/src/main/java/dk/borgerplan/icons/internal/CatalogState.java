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
import dk.borgerplan.platform.Text;

/**
 * One immutable snapshot of the catalogue. Every change builds a new snapshot, which the extender swaps in
 * atomically: readers never lock and never see a half-installed pack.
 *
 * <p>
 * Each installed pack carries a generation, a number that grows with every change to its entry. Removal names the
 * generation it means, so a late removal of an old bundle state cannot remove content that has since been replaced.
 *
 * <p>
 * Besides the packs, a snapshot holds the administrator's {@link Preferences} (order, disabled packs), the pictures
 * of the override folder, and the labels of every concept a pack has offered since start (for the label fallback).
 */
final class CatalogState {

    /** Which pack wins a concept when the administrator has not ordered them: higher rank, then the older bundle. */
    static final Comparator<LoadedPack> BY_RANK = Comparator.comparingInt(LoadedPack::rank).reversed()
            .thenComparingLong(LoadedPack::bundleId);

    // After BY_RANK: static fields initialise in order, and the constructor sorts with it.
    static final CatalogState EMPTY = new CatalogState(Map.of(), 0, Preferences.NONE, Map.of(), Map.of());

    private record Entry(LoadedPack pack, long generation) {
    }

    private final Map<String, Entry> entries;
    private final long lastGeneration;
    private final Preferences preferences;
    private final Map<String, OverrideFile> overrides;
    private final Map<String, Text> labels;
    private final List<LoadedPack> ordered;
    private final List<IconPack> packs;
    private final Map<String, LoadedIcon> winners;
    private final List<Icon> icons;

    private CatalogState(Map<String, Entry> entries, long lastGeneration, Preferences preferences,
            Map<String, OverrideFile> overrides, Map<String, Text> labels) {
        this.entries = Map.copyOf(entries);
        this.lastGeneration = lastGeneration;
        this.preferences = preferences;
        this.overrides = Map.copyOf(overrides);
        this.ordered = entries.values().stream().map(Entry::pack).sorted(precedence(preferences.order())).toList();
        List<LoadedPack> active = ordered.stream().filter(p -> !preferences.disabled().contains(p.id())).toList();
        this.packs = active.stream().map(LoadedPack::info).toList();
        Map<String, LoadedIcon> winners = new TreeMap<>();
        Map<String, Text> known = new HashMap<>(labels);
        for (LoadedPack pack : active) {
            for (LoadedIcon icon : pack.icons()) {
                winners.putIfAbsent(icon.icon().conceptId(), icon);
            }
        }
        // Lowest precedence first, so that the label of the winning pack is the one remembered.
        for (int i = ordered.size() - 1; i >= 0; i--) {
            LoadedPack pack = ordered.get(i);
            for (LoadedIcon icon : pack.icons()) {
                known.put(icon.icon().conceptId(), icon.icon().label());
            }
        }
        for (OverrideFile file : this.overrides.values()) {
            winners.computeIfPresent(file.conceptId(), (concept, icon) -> overridden(icon, file));
        }
        this.labels = Map.copyOf(known);
        this.winners = winners;
        this.icons = winners.values().stream().map(LoadedIcon::icon).toList();
    }

    /** Named packs first, in the administrator's order; the rest after them, by rank. */
    static Comparator<LoadedPack> precedence(List<String> order) {
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            position.putIfAbsent(order.get(i), i);
        }
        return Comparator.<LoadedPack>comparingInt(p -> position.getOrDefault(p.id(), Integer.MAX_VALUE))
                .thenComparing(BY_RANK);
    }

    // The override keeps what the pack says the concept means (label, alt, keywords, themes); only the picture is
    // the administrator's, whose licence this catalogue does not know.
    private static LoadedIcon overridden(LoadedIcon icon, OverrideFile file) {
        Icon original = icon.icon();
        Icon replaced = new Icon(original.conceptId(), original.label(), original.alt(), original.keywords(),
                original.themes(), OverrideFile.PACK_ID, file.mediaType(), "", "");
        return new LoadedIcon(replaced, file.bytes(), file.etag());
    }

    private CatalogState with(Map<String, Entry> next, long generation) {
        return new CatalogState(next, generation, preferences, overrides, labels);
    }

    /** This state with {@code pack} in, replacing any earlier content of the same pack id. */
    CatalogState install(LoadedPack pack) {
        Map<String, Entry> next = new HashMap<>(entries);
        next.put(pack.id(), new Entry(pack, lastGeneration + 1));
        return with(next, lastGeneration + 1);
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
        return with(next, lastGeneration + 1);
    }

    /** This state without {@code packId}, if its entry is still the given generation; otherwise this state. */
    CatalogState remove(String packId, long generation) {
        Entry entry = entries.get(packId);
        if (entry == null || entry.generation() != generation) {
            return this;
        }
        Map<String, Entry> next = new HashMap<>(entries);
        next.remove(packId);
        return with(next, lastGeneration);
    }

    /** This state without {@code packId}, whatever its generation: the administrator removed it. */
    CatalogState drop(String packId) {
        Entry entry = entries.get(packId);
        return entry == null ? this : remove(packId, entry.generation());
    }

    /** This state with other preferences; this state itself if they are the same. */
    CatalogState withPreferences(Preferences next) {
        return next.equals(preferences) ? this : new CatalogState(entries, lastGeneration, next, overrides, labels);
    }

    /** This state with the pictures of the override folder; this state itself if they are the same files. */
    CatalogState withOverrides(Map<String, OverrideFile> next) {
        if (sameFiles(next, overrides)) {
            return this;
        }
        return new CatalogState(entries, lastGeneration, preferences, next, labels);
    }

    private static boolean sameFiles(Map<String, OverrideFile> a, Map<String, OverrideFile> b) {
        if (!a.keySet().equals(b.keySet())) {
            return false;
        }
        for (Map.Entry<String, OverrideFile> file : a.entrySet()) {
            if (!file.getValue().etag().equals(b.get(file.getKey()).etag())) {
                return false;
            }
        }
        return true;
    }

    Preferences preferences() {
        return preferences;
    }

    /** Every installed pack, active or disabled, in precedence order. */
    List<LoadedPack> allPacks() {
        return ordered;
    }

    boolean active(String packId) {
        return entries.containsKey(packId) && !preferences.disabled().contains(packId);
    }

    /** The label of a concept that an installed pack offers or a pack offered since start, if any. */
    Optional<Text> label(String conceptId) {
        return Optional.ofNullable(conceptId == null ? null : labels.get(conceptId));
    }

    /** True when no active pack offers {@code conceptId}, i.e. an override file for it has nothing to replace. */
    boolean unknown(String conceptId) {
        return !winners.containsKey(conceptId);
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
