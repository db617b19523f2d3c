package dk.borgerplan.persistence.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.apache.derby.jdbc.EmbeddedDataSource;

/** One embedded Derby database in a folder of its own; created on first use, shut down cleanly on close. */
final class DerbyDatabase implements Database {

    private final Path directory;
    private final EmbeddedDataSource dataSource = new EmbeddedDataSource();

    DerbyDatabase(Path dataDirectory) throws java.io.IOException {
        Files.createDirectories(dataDirectory);
        this.directory = dataDirectory.resolve("borgerplan-db");
        // Derby writes its own diagnostics to derby.log; keep it with the data, not in the working directory.
        if (System.getProperty("derby.stream.error.file") == null) {
            System.setProperty("derby.stream.error.file", dataDirectory.resolve("derby.log").toString());
        }
        dataSource.setDatabaseName(directory.toString());
        dataSource.setCreateDatabase("create");
    }

    @Override
    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public String eclipseLinkTarget() {
        return "Derby";
    }

    @Override
    public String migrations() {
        return "db/migration/derby";
    }

    @Override
    public String describe() {
        return "embedded Derby database at " + directory;
    }

    Path directory() {
        return directory;
    }

    /** Shuts the database down so that its files are consistent and its lock is released (SQLState 08006 = done). */
    @Override
    public void close() {
        EmbeddedDataSource shutdown = new EmbeddedDataSource();
        shutdown.setDatabaseName(directory.toString());
        shutdown.setShutdownDatabase("shutdown");
        try (Connection ignored = shutdown.getConnection()) {
            // Not reached: a successful shutdown is reported as an exception.
        } catch (SQLException e) {
            if (!"08006".equals(e.getSQLState()) && !"XJ004".equals(e.getSQLState())) {
                throw new IllegalStateException("Derby did not shut down cleanly: " + e.getSQLState(), e);
            }
        }
    }
}
