package dk.borgerplan.distribution.randers;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import dk.borgerplan.distribution.ResolvedDistribution;

/**
 * The PostgreSQL server of the tests, as {@link ResolvedDistribution} reaches it: a fresh schema per test, and the store
 * configuration a municipality would write for it, with the password in a file of its own as the README advises.
 */
final class TestPostgres {

    private TestPostgres() {
    }

    static String url() {
        return ResolvedDistribution.postgresUrl();
    }

    static Connection connect() throws SQLException {
        return DriverManager.getConnection(url());
    }

    static String freshSchema() {
        return ResolvedDistribution.freshPostgresSchema();
    }

    static String urlOf(String schema) {
        return ResolvedDistribution.postgresUrlOf(schema);
    }

    static String parameter(String name) {
        return ResolvedDistribution.postgresParameter(name);
    }

    /** {@code etc/dk.borgerplan.persistence.cfg} for {@code schema}, and the password file it names, in {@code installation}. */
    static String storeConfiguration(Path installation, String schema) throws IOException {
        return ResolvedDistribution.postgresStore(installation.resolve("etc"), schema);
    }
}
