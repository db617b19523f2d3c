package dk.borgerplan.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/**
 * The bundle embeds three Flyway jars, each with its own list of plugins under one file name; in the bundle only one
 * file of that name can exist, so it is merged by hand. This keeps it equal to the union of the jars' lists, so that an
 * upgrade of Flyway that adds or moves a plugin fails here rather than at a municipality's start.
 */
class FlywayServicesTest {

    private static final String SERVICES = "META-INF/services/org.flywaydb.core.extensibility.Plugin";

    @Test
    void theMergedPluginListIsTheUnionOfTheEmbeddedJarsLists() throws IOException {
        Set<String> fromJars = new TreeSet<>();
        int jars = 0;
        for (URL url : Collections.list(getClass().getClassLoader().getResources(SERVICES))) {
            if (url.getProtocol().equals("jar") && url.getPath().contains("/org/flywaydb/")) {
                jars++;
                try (InputStream in = url.openStream()) {
                    fromJars.addAll(entries(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                }
            }
        }
        assertEquals(3, jars, "flyway-core, flyway-database-derby and flyway-database-postgresql");
        Set<String> merged = new TreeSet<>(entries(Files.readString(Path.of("src/main/resources", SERVICES))));
        assertEquals(fromJars, merged);
        assertTrue(merged.contains("org.flywaydb.database.derby.DerbyDatabaseType"));
        assertTrue(merged.contains("org.flywaydb.database.postgresql.PostgreSQLDatabaseType"));
    }

    private static List<String> entries(String file) {
        return file.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
    }
}
