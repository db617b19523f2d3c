package dk.borgerplan.icons.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The override folder: single pictures named {@code <concept-id>.svg} or {@code .png} that replace the picture of
 * one concept, so that an administrator can change one icon without building a pack.
 *
 * <p>
 * Checked by polling, not by a {@code WatchService}: the extender calls {@link #scan} every half second. A listing of
 * a small folder costs next to nothing, and polling sees every change on every file system (a WatchService misses
 * changes on network mounts and some container volumes, loses its key when the folder is deleted and made again,
 * and reports a file while it is still being written). A file is read again only when its size or modification time
 * changes. A file that breaks the rules of pack pictures (size, SVG safety, content matching the extension), has
 * another name, or names a concept no active pack has, is refused with one WARN line per version of the file and
 * otherwise ignored.
 */
final class OverrideFolder {

    private static final Logger LOG = LoggerFactory.getLogger(OverrideFolder.class);

    private record Seen(long size, long modified) {
    }

    private record Checked(Seen seen, OverrideFile file, String problem) {
    }

    // Only the scheduler thread scans; synchronized all the same, so that a test or a second caller is safe.
    private final Map<String, Checked> checked = new HashMap<>();
    private final Set<String> warned = new HashSet<>();

    /**
     * The valid pictures in {@code folder} by concept id; an absent folder has none.
     *
     * @param unknown true for a concept id that no active pack offers
     */
    synchronized Map<String, OverrideFile> scan(Path folder, Predicate<String> unknown) {
        Map<String, OverrideFile> files = new TreeMap<>();
        if (folder == null || !Files.isDirectory(folder)) {
            checked.clear();
            return files;
        }
        Set<String> present = new HashSet<>();
        try (DirectoryStream<Path> listing = Files.newDirectoryStream(folder)) {
            for (Path path : listing) {
                String name = path.getFileName().toString();
                if (name.startsWith(".")) {
                    continue; // editors' and copy tools' temporary files
                }
                BasicFileAttributes attributes;
                try {
                    attributes = Files.readAttributes(path, BasicFileAttributes.class);
                } catch (IOException gone) {
                    continue;
                }
                if (!attributes.isRegularFile()) {
                    continue;
                }
                present.add(name);
                Seen seen = new Seen(attributes.size(), attributes.lastModifiedTime().toMillis());
                Checked result = checked.get(name);
                if (result == null || !result.seen().equals(seen)) {
                    result = check(path, name, seen);
                    checked.put(name, result);
                }
                String problem = result.problem();
                if (problem == null && unknown.test(result.file().conceptId())) {
                    problem = "no active icon pack has the concept " + result.file().conceptId();
                }
                if (problem != null) {
                    if (warned.add(name + "|" + seen + "|" + problem)) {
                        LOG.warn("Icon override {} refused: {}", path, problem);
                    }
                } else {
                    files.put(result.file().conceptId(), result.file());
                }
            }
        } catch (IOException e) {
            LOG.warn("Icon override folder {} cannot be read: {}", folder, e.toString());
            return files;
        }
        checked.keySet().retainAll(present);
        warned.removeIf(key -> !present.contains(key.substring(0, key.indexOf('|'))));
        return files;
    }

    private static Checked check(Path path, String name, Seen seen) {
        String mediaType = PackReader.mediaType(name);
        if (mediaType == null) {
            return new Checked(seen, null, "the name must be <concept-id>.svg or <concept-id>.png");
        }
        String concept = name.substring(0, name.length() - 4);
        if (!PackReader.conceptId(concept)) {
            return new Checked(seen, null, "'" + concept + "' is not a concept id like theme.egenomsorg");
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(path)) {
            bytes = in.readNBytes(PackReader.MAX_ICON_BYTES + 1);
        } catch (IOException e) {
            return new Checked(seen, null, "cannot be read: " + e.getMessage());
        }
        String problem = PackReader.pictureProblem(bytes, mediaType, name);
        return problem != null ? new Checked(seen, null, problem)
                : new Checked(seen, OverrideFile.of(concept, mediaType, bytes), null);
    }
}
