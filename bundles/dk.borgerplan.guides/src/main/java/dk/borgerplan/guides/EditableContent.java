package dk.borgerplan.guides;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dk.borgerplan.guides.internal.ContentFile;
import dk.borgerplan.method.MethodContent;

/**
 * A method's texts — question guides, sheets, card decks, plan sections — as content a municipality can edit without
 * a build: a content file shipped in a bundle, replaced by a copy in the distribution's {@code etc/} when there is
 * one. The copy is read again when it changes; a copy with a problem is named in the log (every problem, once per
 * change) and the shipped content is served meanwhile. The shared guides and the method plugins use this; the file
 * format is described in the guides bundle's README.
 */
public final class EditableContent {

    private static final Logger LOG = LoggerFactory.getLogger(EditableContent.class);

    private record Read(FileTime modified, long size, MethodContent content) {
    }

    private final MethodContent shipped;
    private final Path override;
    private volatile Read last;

    /**
     * @param owner a class of the bundle that ships the file
     * @param shippedResource the file in that bundle, e.g. {@code /method/randers.json}
     * @param override the municipality's copy, e.g. {@code <home>/etc/methods/randers.json}; null for none
     * @throws IllegalStateException when the shipped file is missing or has a problem (a build error)
     */
    public EditableContent(Class<?> owner, String shippedResource, Path override) {
        this.override = override;
        try (InputStream in = owner.getResourceAsStream(shippedResource)) {
            if (in == null) {
                throw new IllegalStateException(owner.getName() + "'s bundle lacks " + shippedResource);
            }
            this.shipped = ContentFile.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(shippedResource + ": " + e.getMessage(), e);
        }
    }

    /** The municipality's content if its copy is good, else the shipped content. */
    public MethodContent content() {
        if (override == null || !Files.isRegularFile(override)) {
            return shipped;
        }
        try {
            FileTime modified = Files.getLastModifiedTime(override);
            long size = Files.size(override);
            Read seen = last;
            if (seen != null && seen.modified().equals(modified) && seen.size() == size) {
                return seen.content() == null ? shipped : seen.content();
            }
            MethodContent read = null;
            try (InputStream in = Files.newInputStream(override)) {
                read = ContentFile.read(in);
                LOG.info("Texts read from {}", override);
            } catch (IllegalArgumentException | IOException e) {
                LOG.warn("{} is not used, the shipped texts are served: {}", override, e.getMessage());
            }
            last = new Read(modified, size, read);
            return read == null ? shipped : read;
        } catch (IOException e) {
            LOG.warn("{} could not be read, the shipped texts are served: {}", override, e.getMessage());
            return shipped;
        }
    }
}
