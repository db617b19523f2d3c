package dk.borgerplan.web.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.runtime.HttpServiceRuntime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dk.borgerplan.platform.PlatformHome;

/** Tells the operator, once, where Borgerplan answers and where its home (configuration, add-ons) is. */
@Component(immediate = true)
public class StartupAnnouncer {

    private static final Logger LOG = LoggerFactory.getLogger(StartupAnnouncer.class);

    @Activate
    public StartupAnnouncer(@Reference HttpServiceRuntime runtime, @Reference PlatformHome home) {
        LOG.info("Borgerplan answers on {} (home {}, configuration in etc/, add-ons in addons/)",
                String.join(" ", Endpoints.of(runtime)), home.directory());
    }
}
