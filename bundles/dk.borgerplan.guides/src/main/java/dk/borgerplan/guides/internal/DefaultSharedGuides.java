package dk.borgerplan.guides.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dk.borgerplan.guides.SharedGuides;
import dk.borgerplan.method.Guide;
import dk.borgerplan.platform.PlatformHome;

/**
 * The shared guides: the shipped {@code guides/shared.json}, unless the municipality has its own copy in
 * {@code etc/guides/shared.json}. The copy is read again when it changes (no restart); a copy with a problem is
 * reported in the log once per change, and the shipped texts are served meanwhile.
 */
@Component(service = SharedGuides.class)
public class DefaultSharedGuides implements SharedGuides {

    static final String SHIPPED = "/guides/shared.json";
    static final String OVERRIDE = "etc/guides/shared.json";
    private static final Logger LOG = LoggerFactory.getLogger(DefaultSharedGuides.class);

    private record Read(FileTime modified, long size, List<Guide> guides) {
    }

    private final List<Guide> shipped;
    private final Path override;
    private volatile Read last;

    @Activate
    public DefaultSharedGuides(@Reference PlatformHome home) {
        this(home.resolve(OVERRIDE));
    }

    DefaultSharedGuides(Path override) {
        this.override = override;
        try (InputStream in = DefaultSharedGuides.class.getResourceAsStream(SHIPPED)) {
            if (in == null) {
                throw new IllegalStateException("the bundle lacks " + SHIPPED);
            }
            this.shipped = GuideFile.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<Guide> guides() {
        try {
            if (!Files.isRegularFile(override)) {
                return shipped;
            }
            FileTime modified = Files.getLastModifiedTime(override);
            long size = Files.size(override);
            Read seen = last;
            if (seen != null && seen.modified().equals(modified) && seen.size() == size) {
                return seen.guides() == null ? shipped : seen.guides();
            }
            List<Guide> read = null;
            try (InputStream in = Files.newInputStream(override)) {
                read = GuideFile.read(in);
                LOG.info("Shared guides read from {}", override);
            } catch (IOException | IllegalArgumentException e) {
                LOG.warn("{} is not used, the shipped guides are served: {}", override, e.getMessage());
            }
            last = new Read(modified, size, read);
            return read == null ? shipped : read;
        } catch (IOException e) {
            LOG.warn("{} could not be read, the shipped guides are served: {}", override, e.getMessage());
            return shipped;
        }
    }
}
