package dk.borgerplan.icons.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

import dk.borgerplan.icons.IconPackAdmin.AdminAction;
import dk.borgerplan.icons.IconPackAdmin.InvalidPackException;
import dk.borgerplan.icons.IconPackAdmin.PackStatus;

/**
 * The administrator's actions ({@link dk.borgerplan.icons.IconPackAdmin}), for {@link IconPackExtender}. One action at a time.
 *
 * <p>
 * Uploads go the way a jar dropped by hand goes: into the addons folder, where FileInstall installs it (or updates
 * the bundle from the same file in place) and starts it; the extender then serves it. So an uploaded pack survives a
 * restart exactly as a dropped one does, and there is one way in, not two. The answer waits until the new content is
 * served. Order and disabled packs are written to {@code etc/dk.borgerplan.icons.cfg} and applied at once; when
 * FileInstall then passes the file to ConfigAdmin, the same preferences arrive again and change nothing.
 */
final class PackAdministration {

    /** How long an upload waits for FileInstall (which looks once a second) and the extender. */
    static final long SERVED_WITHIN_MS = 10_000;

    private final BundleContext context;
    private final PackLifecycle lifecycle;
    private final Path addons;
    private final Path configFile;
    private final Path scratch;
    private final AdminLog log;

    PackAdministration(BundleContext context, PackLifecycle lifecycle, Path home, AdminLog log) {
        this.context = context;
        this.lifecycle = lifecycle;
        this.addons = home.resolve("addons").toAbsolutePath().normalize();
        this.configFile = home.resolve("etc").resolve(IconPackExtender.PID + ".cfg");
        this.scratch = home.resolve("data");
        this.log = log;
    }

    // Not synchronized: reads one snapshot, so that a listing need not wait for an upload.
    List<PackStatus> packs() {
        CatalogState state = lifecycle.current();
        List<PackStatus> packs = new ArrayList<>();
        List<LoadedPack> all = state.allPacks();
        for (int i = 0; i < all.size(); i++) {
            LoadedPack pack = all.get(i);
            packs.add(new PackStatus(pack.info(), pack.rank(), i + 1, state.active(pack.id()),
                    bundle(pack.id()).map(this::addonsFile).isPresent()));
        }
        return List.copyOf(packs);
    }

    synchronized PackStatus upload(byte[] jar, String actor) throws InvalidPackException {
        LoadedPack pack;
        try {
            pack = PackJar.read(jar);
        } catch (PackRefused refused) {
            log.record(actor, "upload", "", "", "refused: " + refused.getMessage());
            throw new InvalidPackException("body", refused.problems());
        }
        Optional<Bundle> existing = bundle(pack.id());
        Path target;
        if (existing.isPresent()) {
            target = existing.flatMap(b -> Optional.ofNullable(addonsFile(b))).orElse(null);
            if (target == null) {
                log.record(actor, "upload", pack.id(), pack.info().version(), "refused: built into the distribution");
                throw new IllegalStateException("builtIn");
            }
        } else {
            target = addons.resolve(pack.id() + ".jar");
        }
        try {
            ConfigFile.replace(target, jar, scratch);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> etags = PackJar.etags(pack);
        long deadline = System.currentTimeMillis() + SERVED_WITHIN_MS;
        while (System.currentTimeMillis() < deadline
                && !lifecycle.current().pack(pack.id()).map(p -> PackJar.etags(p).equals(etags)).orElse(false)) {
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        boolean served = lifecycle.current().pack(pack.id()).map(p -> PackJar.etags(p).equals(etags)).orElse(false);
        log.record(actor, "upload", pack.id(), pack.info().version(), served ? "done" : "done: not yet served");
        return status(pack.id()).orElse(new PackStatus(pack.info(), pack.rank(), 0, false, true));
    }

    synchronized List<PackStatus> order(List<String> packIds, String actor) throws InvalidPackException {
        CatalogState state = lifecycle.current();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < packIds.size(); i++) {
            String id = packIds.get(i);
            String field = "order[" + i + "]";
            if (id == null || id.isBlank()) {
                throw new InvalidPackException(field, List.of("a pack id is required"));
            }
            if (state.pack(id).isEmpty()) {
                throw new InvalidPackException(field, List.of("no installed pack has the id " + id));
            }
            if (!seen.add(id)) {
                throw new InvalidPackException(field, List.of("the pack " + id + " is named twice"));
            }
        }
        apply(state.preferences().withOrder(packIds));
        log.record(actor, "order", String.join(",", packIds), "", "done");
        return packs();
    }

    synchronized PackStatus enable(String packId, boolean enabled, String actor) {
        CatalogState state = lifecycle.current();
        LoadedPack pack = state.pack(packId).orElseThrow(NoSuchElementException::new);
        apply(state.preferences().withDisabled(packId, !enabled));
        log.record(actor, enabled ? "enable" : "disable", packId, pack.info().version(), "done");
        return status(packId).orElseThrow();
    }

    synchronized void remove(String packId, String actor) {
        Optional<Bundle> bundle = bundle(packId);
        Optional<LoadedPack> pack = lifecycle.current().pack(packId);
        if (bundle.isEmpty() && pack.isEmpty()) {
            throw new NoSuchElementException(packId);
        }
        String version = pack.map(p -> p.info().version()).orElse("");
        if (bundle.isPresent()) {
            Path file = addonsFile(bundle.get());
            if (file == null) {
                log.record(actor, "remove", packId, version, "refused: built into the distribution");
                throw new IllegalStateException("builtIn");
            }
            try {
                // FileInstall uninstalls the bundle within a second; the catalogue drops the pack now.
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        lifecycle.drop(packId);
        log.record(actor, "remove", packId, version, "done");
    }

    List<AdminAction> log() {
        return log.entries();
    }

    private void apply(Preferences preferences) {
        lifecycle.preferences(preferences);
        try {
            ConfigFile.set(configFile, Map.of("pack.order", preferences.orderText(), "pack.disabled",
                    preferences.disabledText()), scratch);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Optional<PackStatus> status(String packId) {
        return packs().stream().filter(p -> p.pack().id().equals(packId)).findFirst();
    }

    /** The installed bundle of a pack: the one being served, else the newest with that symbolic name. */
    private Optional<Bundle> bundle(String packId) {
        long served = lifecycle.current().pack(packId).map(LoadedPack::bundleId).orElse(-1L);
        Bundle found = null;
        for (Bundle bundle : context.getBundles()) {
            if (packId.equals(bundle.getSymbolicName()) && bundle.getState() != Bundle.UNINSTALLED
                    && bundle.getHeaders("").get(IconPackExtender.PACK_HEADER) != null) {
                if (bundle.getBundleId() == served) {
                    return Optional.of(bundle);
                }
                if (found == null || bundle.getBundleId() > found.getBundleId()) {
                    found = bundle;
                }
            }
        }
        return Optional.ofNullable(found);
    }

    /** The file in addons/ a bundle was installed from (FileInstall's location is the file's URI), else null. */
    private Path addonsFile(Bundle bundle) {
        String location = bundle.getLocation();
        if (location == null || !location.startsWith("file:")) {
            return null;
        }
        try {
            Path file = Path.of(URI.create(location)).toAbsolutePath().normalize();
            return file.startsWith(addons) ? file : null;
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return null;
        }
    }
}
