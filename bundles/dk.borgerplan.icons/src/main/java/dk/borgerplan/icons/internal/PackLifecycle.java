package dk.borgerplan.icons.internal;

import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What happens to the catalogue when a pack bundle comes and goes, free of OSGi so that it can be tested.
 *
 * <p>
 * Idempotent by design: replacing one jar through FileInstall gives the tracker two remove/add cycles, so a removal
 * only takes effect after a grace period and only if nothing has replaced that content since; an add replaces the
 * old content of the same pack in one swap. Until the new version is in, the old one is served.
 */
final class PackLifecycle {

    /** Runs a task later; the extender uses a single scheduler thread, tests run the tasks by hand. */
    @FunctionalInterface
    interface Scheduler {
        void schedule(Runnable task, long delayMillis);
    }

    /** What a tracked bundle put into the catalogue: the entry of {@code packId} at {@code generation}, if any. */
    record Tracked(String packId, OptionalLong generation) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(PackLifecycle.class);

    private final AtomicReference<CatalogState> state = new AtomicReference<>(CatalogState.EMPTY);
    private final Scheduler scheduler;
    private volatile long graceMillis;

    PackLifecycle(Scheduler scheduler, long graceMillis) {
        this.scheduler = scheduler;
        this.graceMillis = graceMillis;
    }

    /** A changed {@code removal.grace.ms}; removals already scheduled keep their delay. */
    void graceMillis(long millis) {
        this.graceMillis = millis;
    }

    /** Applies the administrator's order and disabled packs; true if that changed anything. */
    boolean preferences(Preferences preferences) {
        CatalogState[] before = new CatalogState[1];
        CatalogState now = state.updateAndGet(s -> {
            before[0] = s;
            return s.withPreferences(preferences);
        });
        return now != before[0];
    }

    /** Serves the override folder's pictures instead of the packs' for their concepts; true if that changed anything. */
    boolean overrides(java.util.Map<String, OverrideFile> files) {
        CatalogState[] before = new CatalogState[1];
        CatalogState now = state.updateAndGet(s -> {
            before[0] = s;
            return s.withOverrides(files);
        });
        return now != before[0];
    }

    /**
     * Removes a pack at once, without the grace period: the administrator removed it. The bundle's own removal,
     * when it follows, finds nothing left to remove.
     */
    void drop(String packId) {
        CatalogState[] before = new CatalogState[1];
        CatalogState now = state.updateAndGet(s -> {
            before[0] = s;
            return s.drop(packId);
        });
        if (now != before[0]) {
            LOG.info("Icon pack {} {} removed by the administrator", packId,
                    before[0].pack(packId).map(p -> p.info().version()).orElse(""));
        }
    }

    /** The current snapshot. Read it once per request and answer from it. */
    CatalogState current() {
        return state.get();
    }

    /** A pack bundle became active: read it and, if it is valid, serve it instead of any earlier content. */
    Tracked added(PackSource source) {
        String name = source.packId() + " " + source.version();
        LoadedPack pack;
        try {
            // Read outside the swap: the update function may run more than once under contention.
            pack = PackReader.read(source);
        } catch (PackRefused refused) {
            // Keep what is served, but let this bundle own it, so that stopping the bundle removes it.
            CatalogState now = state.updateAndGet(s -> s.claim(source.packId()));
            Optional<LoadedPack> kept = now.pack(source.packId());
            LOG.warn("Icon pack {} (bundle {}) refused: {}; {}", name, source.bundleId(), refused.getMessage(),
                    kept.map(p -> "still serving version " + p.info().version()).orElse("the catalogue is unchanged"));
            return new Tracked(source.packId(), now.generation(source.packId()));
        }
        CatalogState[] before = new CatalogState[1];
        CatalogState now = state.updateAndGet(s -> {
            before[0] = s;
            return s.install(pack);
        });
        Optional<LoadedPack> previous = before[0].pack(pack.id());
        if (previous.isPresent() && previous.get().sameContentAs(pack)) {
            LOG.debug("Icon pack {} re-added unchanged", name);
        } else if (previous.isPresent()) {
            LOG.info("Icon pack {} replaces version {}: {} icons", name, previous.get().info().version(),
                    pack.icons().size());
        } else {
            LOG.info("Icon pack {} added: {} icons, rank {}", name, pack.icons().size(), pack.rank());
        }
        return new Tracked(pack.id(), now.generation(pack.id()));
    }

    /** A pack bundle stopped or went away: after the grace period, remove what it put in, unless replaced since. */
    void removed(Tracked tracked) {
        if (tracked == null || tracked.generation().isEmpty()) {
            return;
        }
        long generation = tracked.generation().getAsLong();
        if (graceMillis <= 0) {
            removeNow(tracked, generation);
        } else {
            scheduler.schedule(() -> removeNow(tracked, generation), graceMillis);
        }
    }

    private void removeNow(Tracked tracked, long generation) {
        CatalogState[] before = new CatalogState[1];
        CatalogState now = state.updateAndGet(s -> {
            before[0] = s;
            return s.remove(tracked.packId(), generation);
        });
        if (now != before[0]) {
            LOG.info("Icon pack {} {} removed", tracked.packId(),
                    before[0].pack(tracked.packId()).map(p -> p.info().version()).orElse(""));
        }
    }
}
