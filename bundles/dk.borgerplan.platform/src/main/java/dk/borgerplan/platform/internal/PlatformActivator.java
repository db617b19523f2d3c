package dk.borgerplan.platform.internal;

import java.nio.file.Path;
import java.util.Hashtable;
import java.util.logging.Level;

import org.osgi.annotation.bundle.Header;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceRegistration;
import org.osgi.framework.launch.Framework;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dk.borgerplan.platform.PlatformHome;

/**
 * Runs first (start level 1) and does what must happen before anything else:
 * <ul>
 * <li>decides the home directory and publishes it as the system property {@value PlatformHome#HOME_PROPERTY}, so
 * that FileInstall's {@code ${borgerplan.home}/etc} resolves;</li>
 * <li>installs a shutdown hook that stops the framework, so that Ctrl-C or SIGTERM closes the store and the HTTP
 * server cleanly instead of abandoning them;</li>
 * <li>quiets libraries that log through java.util.logging at INFO for every service they register.</li>
 * </ul>
 * A plain activator rather than a component: it must not wait for SCR. It must not touch slf4j while starting
 * either: slf4j binds its provider once, on first use, and at start level 1 the provider is not there yet (STACK.md
 * trap 5), so it would log nowhere for the rest of the run.
 */
@Header(name = Constants.BUNDLE_ACTIVATOR, value = "${@class}")
public class PlatformActivator implements BundleActivator {

    // Held so that the configured level is not lost when the logger would otherwise be garbage collected.
    private static final java.util.logging.Logger SPIFLY = java.util.logging.Logger.getLogger("org.apache.aries.spifly");

    private ServiceRegistration<PlatformHome> registration;
    private Thread shutdownHook;

    @Override
    public void start(BundleContext context) {
        SPIFLY.setLevel(Level.WARNING);
        Path home = HomeDirectory.decide(context.getProperty(PlatformHome.HOME_PROPERTY),
                System.getProperty("java.class.path"), System.getProperty("user.dir"));
        System.setProperty(PlatformHome.HOME_PROPERTY, home.toString());
        createFolders(home);
        PlatformHome platformHome = () -> home;
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put("home", home.toString());
        registration = context.registerService(PlatformHome.class, platformHome, properties);

        Framework framework = (Framework) context.getBundle(Constants.SYSTEM_BUNDLE_LOCATION);
        shutdownHook = new Thread(() -> stop(framework), "borgerplan-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /** etc/ and addons/ are part of every home; FileInstall only watches folders that exist. */
    private static void createFolders(Path home) {
        for (String folder : new String[] { "etc", "addons" }) {
            try {
                java.nio.file.Files.createDirectories(home.resolve(folder));
            } catch (java.io.IOException e) {
                System.err.println("Borgerplan cannot create " + home.resolve(folder) + ": " + e.getMessage());
            }
        }
    }

    private static void stop(Framework framework) {
        Logger log = LoggerFactory.getLogger(PlatformActivator.class);
        log.info("Borgerplan is stopping");
        try {
            framework.stop();
            framework.waitForStop(30_000);
            log.info("Borgerplan stopped");
        } catch (BundleException e) {
            log.error("Borgerplan did not stop cleanly: {}", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void stop(BundleContext context) {
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // We are being stopped by the hook itself.
        }
        if (registration != null) {
            registration.unregister();
            registration = null;
        }
    }
}
