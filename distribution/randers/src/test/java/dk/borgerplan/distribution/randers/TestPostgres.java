package dk.borgerplan.distribution.randers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * The PostgreSQL server of the tests ({@code .ci/postgres start}, or the one {@code BORGERPLAN_TEST_POSTGRES}
 * names): a fresh schema per test, and the store configuration a municipality would write for it, with the password
 * in a file of its own as the README advises.
 */
final class TestPostgres {

    static final String DEFAULT =
            "jdbc:postgresql://127.0.0.1:55432/borgerplan_test?user=borgerplan&password=borgerplan-test";

    private TestPostgres() {
    }

    static String url() {
        String url = System.getenv("BORGERPLAN_TEST_POSTGRES");
        return url == null || url.isBlank() ? DEFAULT : url;
    }

    static Connection connect() throws SQLException {
        return DriverManager.getConnection(url());
    }

    /** A new, empty schema. */
    static String freshSchema() throws SQLException {
        String schema = "it_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new SQLException("No PostgreSQL server for the tests: start one with .ci/postgres start", e);
        }
        return schema;
    }

    /** The server's address without user and password, with {@code schema} as the current schema. */
    static String urlOf(String schema) {
        String plain = url().replaceAll("[?&](user|password)=[^&]*", "");
        return plain + (plain.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    static String parameter(String name) {
        java.util.regex.Matcher value = java.util.regex.Pattern.compile("[?&]" + name + "=([^&]*)").matcher(url());
        return value.find() ? value.group(1) : "";
    }

    /**
     * {@code etc/dk.borgerplan.persistence.cfg} for {@code schema}, and the password file it names, written into
     * {@code installation} (whose etc/ is made if missing).
     */
    static String storeConfiguration(Path installation, String schema) throws IOException {
        Files.createDirectories(installation.resolve("etc"));
        Files.writeString(installation.resolve("etc/db-password"), parameter("password") + "\n");
        return "database=postgresql\nurl=" + urlOf(schema) + "\nuser=" + parameter("user")
                + "\npasswordFile=etc/db-password\npoolSize=8\n";
    }
}
