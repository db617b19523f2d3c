package dk.borgerplan.persistence.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The database a store test runs on. Surefire runs the store tests twice (the module's pom): on embedded Derby in the
 * test's folder, and with {@code borgerplan.test.database=postgresql} on a real PostgreSQL server, in a schema of
 * their own per test folder (so that closing and opening again finds the same data). The server is the one
 * {@code .ci/postgres start} runs, or the one {@code BORGERPLAN_TEST_POSTGRES} names.
 */
final class TestDatabases {

    static final String DEFAULT_POSTGRES =
            "jdbc:postgresql://127.0.0.1:55432/borgerplan_test?user=borgerplan&password=borgerplan-test";

    private static final Map<Path, String> SCHEMAS = new ConcurrentHashMap<>();

    private TestDatabases() {
    }

    static boolean postgres() {
        return "postgresql".equals(System.getProperty("borgerplan.test.database", "derby"));
    }

    /** The JDBC URL of the test server (user and password in it). */
    static String postgresUrl() {
        String url = System.getenv("BORGERPLAN_TEST_POSTGRES");
        return url == null || url.isBlank() ? DEFAULT_POSTGRES : url;
    }

    /** Opens the store for the test folder {@code data}: the same database again when opened again. */
    static StoreDatabase open(Path data) throws java.io.IOException {
        return postgres() ? new StoreDatabase(database(data), 4) : new StoreDatabase(data);
    }

    /** The database of the test folder {@code data}, for a test that also opens its own connections to it. */
    static Database database(Path data) throws java.io.IOException {
        if (!postgres()) {
            return new DerbyDatabase(data);
        }
        String schema = SCHEMAS.computeIfAbsent(data, folder -> freshSchema());
        return new PostgresDatabase(postgresUrl() + "&currentSchema=" + schema, "", null);
    }

    /** A new, empty schema on the test server. */
    static String freshSchema() {
        String schema = "test_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("No PostgreSQL server for the tests at " + postgresUrl().replaceAll(
                    "password=[^&]*", "password=…") + ": start one with .ci/postgres start (SQLState "
                    + e.getSQLState() + ")", e);
        }
        return schema;
    }

    static Connection connect() throws SQLException {
        return DriverManager.getConnection(postgresUrl());
    }
}
