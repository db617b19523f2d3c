package dk.borgerplan.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Annotation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dk.borgerplan.platform.PlatformHome;

/** etc/dk.borgerplan.persistence.cfg read into a database: the choice, the password's sources, the refusals. */
class StoreConfigurationTest {

    @TempDir
    Path home;

    @Test
    void derbyIsTheDefaultInTheHomesDataFolder() throws Exception {
        Database database = StoreDatabase.database(home(), config("", "", "", "", ""), Map.of());
        assertInstanceOf(DerbyDatabase.class, database);
        assertEquals(home.resolve("data/borgerplan-db").toString(), ((DerbyDatabase) database).directory().toString());
    }

    @Test
    void postgresqlTakesThePasswordFromTheFileFirstAndOtherwiseFromTheEnvironment() throws Exception {
        Files.createDirectories(home.resolve("etc"));
        Files.writeString(home.resolve("etc/db-password"), "hemmeligt kodeord \nsecond line ignored\n");
        PostgresDatabase fromFile = (PostgresDatabase) StoreDatabase.database(home(), config("postgresql",
                "jdbc:postgresql://db.kommune.local:5433/borgerplan", "borgerplan", "etc/db-password", ""),
                Map.of(PostgresDatabase.PASSWORD_VARIABLE, "from the environment"));
        assertEquals("hemmeligt kodeord", fromFile.settings().getPassword());
        assertEquals("borgerplan", fromFile.settings().getUser());
        assertEquals("PostgreSQL at db.kommune.local:5433/borgerplan", fromFile.describe());
        assertFalse(fromFile.describe().contains("hemmeligt"));

        PostgresDatabase fromEnvironment = (PostgresDatabase) StoreDatabase.database(home(), config("postgresql",
                "jdbc:postgresql://db.kommune.local/borgerplan", "borgerplan", "", ""),
                Map.of(PostgresDatabase.PASSWORD_VARIABLE, "from the environment"));
        assertEquals("from the environment", fromEnvironment.settings().getPassword());

        PostgresDatabase none = (PostgresDatabase) StoreDatabase.database(home(), config("postgresql",
                "jdbc:postgresql://db.kommune.local/borgerplan", "borgerplan", "", ""), Map.of());
        assertNull(none.settings().getPassword());
    }

    @Test
    void aWrongConfigurationIsRefusedWithTheSettingNamed() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> StoreDatabase.database(home(), config("oracle", "", "", "", ""), Map.of()));
        assertTrue(unknown.getMessage().contains("database"), unknown.getMessage());
        IllegalArgumentException noUrl = assertThrows(IllegalArgumentException.class,
                () -> StoreDatabase.database(home(), config("postgresql", "", "", "", ""), Map.of()));
        assertTrue(noUrl.getMessage().contains("url"), noUrl.getMessage());
        IllegalArgumentException notPostgres = assertThrows(IllegalArgumentException.class,
                () -> StoreDatabase.database(home(), config("postgresql", "jdbc:derby:/tmp/x", "", "", ""), Map.of()));
        assertTrue(notPostgres.getMessage().contains("jdbc:postgresql:"), notPostgres.getMessage());
        assertThrows(java.nio.file.NoSuchFileException.class, () -> StoreDatabase.database(home(), config("postgresql",
                "jdbc:postgresql://db/borgerplan", "borgerplan", "etc/missing", ""), Map.of()));
    }

    private PlatformHome home() {
        return () -> home;
    }

    private static StoreConfig config(String database, String url, String user, String passwordFile,
            String dataDirectory) {
        return new StoreConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return StoreConfig.class;
            }

            @Override
            public String database() {
                return database;
            }

            @Override
            public String dataDirectory() {
                return dataDirectory;
            }

            @Override
            public String url() {
                return url;
            }

            @Override
            public String user() {
                return user;
            }

            @Override
            public String passwordFile() {
                return passwordFile;
            }

            @Override
            public int poolSize() {
                return 16;
            }
        };
    }
}
