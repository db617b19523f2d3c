package dk.borgerplan.icons.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dk.borgerplan.icons.IconPackAdmin.AdminAction;

/**
 * The record of administrator actions on icon packs: one JSON object per line, appended, in a file that survives
 * restarts. It names the acting user's id, the action, the pack and the outcome; no personal data of citizens.
 */
final class AdminLog {

    static final int SHOWN = 1000;

    private static final Logger LOG = LoggerFactory.getLogger(AdminLog.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final Clock clock;

    AdminLog(Path file, Clock clock) {
        this.file = file;
        this.clock = clock;
    }

    synchronized AdminAction record(String actor, String action, String pack, String version, String outcome) {
        AdminAction entry = new AdminAction(Instant.now(clock).truncatedTo(ChronoUnit.MILLIS).toString(), actor,
                action, pack, version == null ? "" : version, outcome);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, JSON.writeValueAsString(entry) + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
        } catch (IOException e) {
            // The action itself is done; losing its record is worth a loud line, not undoing it.
            LOG.error("Icon pack action {} {} by {} could not be recorded in {}: {}", action, pack, actor, file,
                    e.toString());
        }
        LOG.info("Icon pack administration: {} {} {} by {}: {}", action, pack, entry.version(), actor, outcome);
        return entry;
    }

    /** The last {@value #SHOWN} entries, oldest first; a line that does not parse is skipped. */
    synchronized List<AdminAction> entries() {
        if (!Files.exists(file)) {
            return List.of();
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<AdminAction> entries = new ArrayList<>();
        for (String line : lines.subList(Math.max(0, lines.size() - SHOWN), lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            try {
                entries.add(JSON.readValue(line, AdminAction.class));
            } catch (JsonProcessingException e) {
                LOG.warn("Icon pack administration log {}: a line does not parse and is skipped", file);
            }
        }
        return List.copyOf(entries);
    }
}
