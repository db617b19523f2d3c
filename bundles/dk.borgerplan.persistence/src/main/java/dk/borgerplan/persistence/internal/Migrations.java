package dk.borgerplan.persistence.internal;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The schema as versioned migrations (Flyway), run at every start before the persistence unit opens: a new database
 * gets every migration from V1, a database made by an older version gets the ones it lacks — it is upgraded, never
 * recreated. Derby and PostgreSQL have a folder each ({@code db/migration/derby}, {@code db/migration/postgresql})
 * with the same versions in the same order; V1 is the schema EclipseLink maps, in each database's own types
 * ({@code MigrationsTest} keeps the two folders in step and the mapping matching the migrated schema).
 *
 * <p>A Derby database from before migrations existed (tables, no history) is brought to V1 the way those versions
 * did it — EclipseLink creates the tables it lacks — and then baselined at V1, so that V2 on runs as for any other.
 */
final class Migrations {

    private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);
    static final String HISTORY = "flyway_schema_history";

    private Migrations() {
    }

    /** Migrates the database to the newest version this bundle has and returns that version. */
    static String migrate(DataSource dataSource, Database database) {
        Flyway flyway = Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:" + database.migrations())
                .table(HISTORY)
                .baselineVersion("1")
                .baselineDescription("schema made by EclipseLink before versioned migrations")
                // A migration that fails leaves the database as it was (both databases have transactional DDL).
                .group(true)
                .validateMigrationNaming(true)
                .loggers("slf4j")
                .load();
        if (isFromBeforeMigrations(dataSource)) {
            LOG.info("Store: a database from before versioned migrations; completing its tables and baselining it at V1");
            PersistenceUnit.open(dataSource, database.eclipseLinkTarget(), "create-tables").close();
            flyway.baseline();
        }
        MigrateResult result = flyway.migrate();
        if (result.migrationsExecuted > 0) {
            LOG.info("Store: schema migrated from {} to {} ({} migrations)",
                    result.initialSchemaVersion == null ? "empty" : result.initialSchemaVersion, result.targetSchemaVersion,
                    result.migrationsExecuted);
        }
        return result.migrationsExecuted > 0 ? result.targetSchemaVersion : result.initialSchemaVersion;
    }

    /** Tables of the plan model but no migration history: made by a version before migrations. */
    private static boolean isFromBeforeMigrations(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return tableExists(connection, "CITIZEN") && !tableExists(connection, HISTORY);
        } catch (SQLException e) {
            throw new IllegalStateException("The database cannot be opened (SQLState " + e.getSQLState() + ")", e);
        }
    }

    /** Derby keeps unquoted names in upper case, PostgreSQL in lower case; look for both in the current schema. */
    static boolean tableExists(Connection connection, String name) throws SQLException {
        DatabaseMetaData metaData = connection.getMetaData();
        String schema = connection.getSchema();
        for (String candidate : new String[] { name, name.toUpperCase(Locale.ROOT), name.toLowerCase(Locale.ROOT) }) {
            try (ResultSet tables = metaData.getTables(null, schema, candidate, new String[] { "TABLE" })) {
                if (tables.next()) {
                    return true;
                }
            }
        }
        return false;
    }
}
