package dk.borgerplan.persistence.internal;

import java.io.InputStream;
import java.net.URL;
import java.util.Collections;
import java.util.Iterator;
import java.util.Map;

import org.eclipse.persistence.jpa.Archive;
import org.eclipse.persistence.jpa.ArchiveFactory;

/**
 * The persistence unit is defined in code, not in a jar: there is no archive to scan and no orm.xml to read. This
 * factory gives EclipseLink an empty archive instead of letting it open the unit's (virtual) root URL.
 */
public class NoArchiveFactory implements ArchiveFactory {

    @Override
    public Archive createArchive(URL rootUrl, Map properties) {
        return new Empty(rootUrl);
    }

    @Override
    public Archive createArchive(URL rootUrl, String descriptorLocation, Map properties) {
        return new Empty(rootUrl);
    }

    private record Empty(URL root) implements Archive {

        @Override
        public Iterator<String> getEntries() {
            return Collections.emptyIterator();
        }

        @Override
        public InputStream getEntry(String entryPath) {
            return null;
        }

        @Override
        public URL getEntryAsURL(String entryPath) {
            return null;
        }

        @Override
        public URL getRootURL() {
            return root;
        }

        @Override
        public InputStream getDescriptorStream() {
            return null;
        }

        @Override
        public void close() {
            // Nothing was opened.
        }
    }
}
