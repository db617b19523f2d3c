package dk.borgerplan.icons.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes properties into a FileInstall {@code .cfg} file in etc/, keeping every other line (comments, other keys) as
 * the operator wrote it. The file is the configuration's one home: FileInstall passes it on to ConfigAdmin, and it
 * survives restarts (the launcher starts with a clean framework storage, so ConfigAdmin alone would not).
 */
final class ConfigFile {

    private ConfigFile() {
    }

    /** Sets {@code values} in {@code file}, writing through a temporary file in {@code scratch} and a move. */
    static void set(Path file, Map<String, String> values, Path scratch) throws IOException {
        List<String> lines = Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
        String text = String.join("\n", update(lines, values)) + "\n";
        Files.createDirectories(scratch);
        Files.createDirectories(file.getParent());
        // Not in etc/ itself: FileInstall watches it and would try to install the temporary file.
        Path temporary = Files.createTempFile(scratch, ".icons-cfg-", ".tmp");
        try {
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    static List<String> update(List<String> lines, Map<String, String> values) {
        Map<String, String> pending = new LinkedHashMap<>(values);
        List<String> result = new ArrayList<>();
        for (String line : lines) {
            String key = key(line);
            if (key != null && pending.containsKey(key)) {
                result.add(key + "=" + escape(pending.remove(key)));
            } else if (key == null || !values.containsKey(key)) {
                result.add(line);
            }
        }
        pending.forEach((key, value) -> result.add(key + "=" + escape(value)));
        return result;
    }

    private static String key(String line) {
        String stripped = line.strip();
        if (stripped.isEmpty() || stripped.startsWith("#") || stripped.startsWith("!")) {
            return null;
        }
        int end = 0;
        while (end < stripped.length() && "=: \t".indexOf(stripped.charAt(end)) < 0) {
            end++;
        }
        return stripped.substring(0, end);
    }

    // Pack ids are symbolic names (letters, digits, dots, '-', '_') joined by commas: nothing to escape but '\'.
    private static String escape(String value) {
        return value.replace("\\", "\\\\");
    }

    /** Writes {@code bytes} to {@code target} so that a watcher never sees a half-written file. */
    static void replace(Path target, byte[] bytes, Path scratch) throws IOException {
        Files.createDirectories(scratch);
        Files.createDirectories(target.getParent());
        Path temporary = Files.createTempFile(scratch, ".icon-pack-", ".tmp");
        try {
            Files.write(temporary, bytes);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
