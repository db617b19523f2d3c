package dk.borgerplan.icons.internal;

import java.io.InputStream;
import java.net.URL;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Dictionary;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.osgi.annotation.bundle.Capability;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.util.tracker.BundleTracker;
import org.osgi.util.tracker.BundleTrackerCustomizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dk.borgerplan.icons.Icon;
import dk.borgerplan.icons.IconCatalog;
import dk.borgerplan.icons.IconImage;
import dk.borgerplan.icons.IconPack;
import dk.borgerplan.icons.IconPackAdmin;
import dk.borgerplan.platform.PlatformHome;
import dk.borgerplan.platform.Text;

/**
 * The extender: finds icon packs, bundles with a {@value #PACK_HEADER} header, and serves their icons as the
 * {@link IconCatalog}. A pack requires the {@value #EXTENDER} extender capability this class provides.
 *
 * <p>
 * Only started bundles (STARTING or ACTIVE) count as packs: starting and stopping a pack bundle is then the
 * operator's on/off switch, as for every other add-on; FileInstall starts what it installs. Merely RESOLVED bundles
 * would stay in the catalogue after an operator stopped them.
 */
@Capability(namespace = IconPackExtender.EXTENDER_NAMESPACE, name = IconPackExtender.EXTENDER, version = "1.0.0")
@Component(service = {IconCatalog.class, IconPackAdmin.class}, immediate = true,
        configurationPid = IconPackExtender.PID)
public class IconPackExtender implements IconCatalog, IconPackAdmin {

    static final String EXTENDER_NAMESPACE = "osgi.extender";
    static final String EXTENDER = "dk.borgerplan.iconpack";
    static final String PID = "dk.borgerplan.icons";
    static final String PACK_HEADER = "Borgerplan-IconPack";
    static final String RANK_HEADER = "Borgerplan-IconPack-Rank";

    /** Configuration (PID {@value IconPackExtender#PID}). */
    @interface Config {
        /**
         * How long a stopped pack is still served. Covers the remove/add cycles of a jar replacement, so that the
         * pack never disappears while it is being updated.
         */
        long removal_grace_ms() default 5000;

        /** Pack ids in precedence order, comma-separated; packs not named follow by rank. Set by the admin API. */
        String pack_order() default "";

        /** Pack ids that are installed but not served, comma-separated. Set by the admin API. */
        String pack_disabled() default "";

        /** Folder of single pictures {@code <concept-id>.svg|.png} that override icons; relative to the home. */
        String overrides_folder() default "etc/icons";

        /** How often the override folder is looked at. */
        long overrides_poll_ms() default 500;
    }

    private static final Logger LOG = LoggerFactory.getLogger(IconPackExtender.class);

    private final long ownBundleId;
    private final ScheduledExecutorService scheduler;
    private final PackLifecycle lifecycle;
    private final BundleTracker<PackLifecycle.Tracked> tracker;
    private final PlatformHome home;
    private final OverrideFolder overrideFolder = new OverrideFolder();
    private final PackAdministration administration;
    private volatile Path overrides;
    private volatile ScheduledFuture<?> overridePoll;
    private long pollMillis;

    @Activate
    public IconPackExtender(BundleContext context, @Reference PlatformHome home, Config config) {
        this.home = home;
        this.ownBundleId = context.getBundle().getBundleId();
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, "borgerplan-icons");
            thread.setDaemon(true);
            return thread;
        });
        executor.setRemoveOnCancelPolicy(true);
        this.scheduler = Executors.unconfigurableScheduledExecutorService(executor);
        this.lifecycle = new PackLifecycle(
                (task, delay) -> scheduler.schedule(task, delay, TimeUnit.MILLISECONDS), config.removal_grace_ms());
        lifecycle.preferences(Preferences.parse(config.pack_order(), config.pack_disabled()));
        this.administration = new PackAdministration(context, lifecycle, home.directory(),
                new AdminLog(home.resolve("data").resolve("icon-packs-log.jsonl"), Clock.systemUTC()));
        this.tracker = new BundleTracker<>(context, Bundle.STARTING | Bundle.ACTIVE, new Packs());
        tracker.open();
        watchOverrides(config);
        LOG.info("Icon catalogue ready with {} packs", lifecycle.current().packs().size());
    }

    /** A configuration change applies to the running catalogue: nothing is read again. */
    @Modified
    void modified(Config config) {
        lifecycle.graceMillis(config.removal_grace_ms());
        if (lifecycle.preferences(Preferences.parse(config.pack_order(), config.pack_disabled()))) {
            LOG.info("Icon pack order {} and disabled packs {} from configuration", config.pack_order(),
                    config.pack_disabled());
        }
        watchOverrides(config);
    }

    private synchronized void watchOverrides(Config config) {
        Path folder = home.resolve(config.overrides_folder().isBlank() ? "etc/icons" : config.overrides_folder().strip())
                .toAbsolutePath().normalize();
        long every = Math.max(50, config.overrides_poll_ms());
        if (folder.equals(overrides) && every == pollMillis && overridePoll != null) {
            return;
        }
        if (overridePoll != null) {
            overridePoll.cancel(false);
        }
        overrides = folder;
        pollMillis = every;
        overridePoll = scheduler.scheduleWithFixedDelay(this::checkOverrides, 0, every, TimeUnit.MILLISECONDS);
    }

    private void checkOverrides() {
        try {
            Map<String, OverrideFile> files = overrideFolder.scan(overrides, concept -> lifecycle.current()
                    .unknown(concept));
            if (lifecycle.overrides(files)) {
                LOG.info("Icon overrides from {}: {}", overrides, files.isEmpty() ? "none" : files.keySet());
            }
        } catch (RuntimeException e) {
            // A failed look must not end the periodic check.
            LOG.warn("Icon override folder {} could not be checked: {}", overrides, e.toString());
        }
    }

    @Deactivate
    void deactivate() {
        tracker.close();
        scheduler.shutdownNow();
    }

    @Override
    public List<IconPack> packs() {
        return lifecycle.current().packs();
    }

    @Override
    public List<Icon> icons() {
        return lifecycle.current().icons();
    }

    @Override
    public Optional<Icon> icon(String conceptId) {
        return lifecycle.current().icon(conceptId);
    }

    @Override
    public Optional<IconImage> image(String conceptId) {
        return lifecycle.current().image(conceptId);
    }

    @Override
    public List<Icon> byTheme(String theme) {
        return lifecycle.current().byTheme(theme);
    }

    @Override
    public List<Icon> search(String keyword) {
        return lifecycle.current().search(keyword);
    }

    @Override
    public Optional<Text> label(String conceptId) {
        return lifecycle.current().label(conceptId);
    }

    @Override
    public List<PackStatus> installed() {
        return administration.packs();
    }

    @Override
    public PackStatus upload(byte[] jar, String actor) throws InvalidPackException {
        return administration.upload(jar, actor);
    }

    @Override
    public List<PackStatus> order(List<String> packIds, String actor) throws InvalidPackException {
        return administration.order(packIds, actor);
    }

    @Override
    public PackStatus enable(String packId, boolean enabled, String actor) {
        return administration.enable(packId, enabled, actor);
    }

    @Override
    public void remove(String packId, String actor) {
        administration.remove(packId, actor);
    }

    @Override
    public List<AdminAction> log() {
        return administration.log();
    }

    private final class Packs implements BundleTrackerCustomizer<PackLifecycle.Tracked> {

        @Override
        public PackLifecycle.Tracked addingBundle(Bundle bundle, BundleEvent event) {
            // Raw headers: localising them would look up resource bundles for nothing.
            Dictionary<String, String> headers = bundle.getHeaders("");
            String folder = headers.get(PACK_HEADER);
            if (folder == null) {
                return null;
            }
            if (bundle.getSymbolicName() == null) {
                LOG.warn("Icon pack in bundle {} refused: it has no Bundle-SymbolicName", bundle.getBundleId());
                return null;
            }
            if (servedByAnotherExtender(bundle)) {
                LOG.debug("Icon pack {} is wired to another icon extender", bundle.getSymbolicName());
                return null;
            }
            try {
                return lifecycle.added(new PackSource(bundle.getBundleId(), bundle.getSymbolicName(),
                        bundle.getVersion().toString(), folder, headers.get(RANK_HEADER), files(bundle)));
            } catch (RuntimeException e) {
                LOG.warn("Icon pack {} could not be read: {}", bundle.getSymbolicName(), e.toString());
                return null;
            }
        }

        @Override
        public void modifiedBundle(Bundle bundle, BundleEvent event, PackLifecycle.Tracked tracked) {
            // STARTING to ACTIVE changes nothing about the pack.
        }

        @Override
        public void removedBundle(Bundle bundle, BundleEvent event, PackLifecycle.Tracked tracked) {
            lifecycle.removed(tracked);
        }
    }

    private static PackFiles files(Bundle bundle) {
        return (path, max) -> {
            // getEntry reads the bundle's own jar only: no class loading, no fragments, no imports.
            URL entry = bundle.getEntry(path);
            if (entry == null) {
                return null;
            }
            try (InputStream in = entry.openStream()) {
                return in.readNBytes(max + 1);
            }
        };
    }

    /** A pack that requires a different version of this extender is that extender's to serve. */
    private boolean servedByAnotherExtender(Bundle bundle) {
        BundleWiring wiring = bundle.adapt(BundleWiring.class);
        if (wiring == null) {
            return false;
        }
        for (BundleWire wire : wiring.getRequiredWires(EXTENDER_NAMESPACE)) {
            if (EXTENDER.equals(wire.getCapability().getAttributes().get(EXTENDER_NAMESPACE))
                    && wire.getProvider().getBundle().getBundleId() != ownBundleId) {
                return true;
            }
        }
        return false;
    }
}
