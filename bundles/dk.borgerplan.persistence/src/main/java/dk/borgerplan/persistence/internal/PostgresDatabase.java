package dk.borgerplan.persistence.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import javax.sql.DataSource;

import org.postgresql.ds.PGSimpleDataSource;

/**
 * A PostgreSQL server reached by JDBC URL and user; the password comes from a file (readable by the service account
 * only) or from the environment variable {@code BORGERPLAN_DB_PASSWORD}, never from the configuration itself.
 */
final class PostgresDatabase implements Database {

    static final String PASSWORD_VARIABLE = "BORGERPLAN_DB_PASSWORD";

    private final PGSimpleDataSource dataSource = new PGSimpleDataSource();
    private final String where;

    PostgresDatabase(String url, String user, String password) {
        if (!url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("The store's url must start with jdbc:postgresql:");
        }
        dataSource.setURL(url);
        if (!user.isBlank()) {
            dataSource.setUser(user);
        }
        if (password != null) {
            dataSource.setPassword(password);
        }
        dataSource.setApplicationName("Borgerplan");
        // A server that does not answer must not hang a request thread for ever.
        dataSource.setConnectTimeout(10);
        dataSource.setTcpKeepAlive(true);
        try {
            this.where = dataSource.getServerNames()[0] + ":" + dataSource.getPortNumbers()[0] + "/"
                    + dataSource.getDatabaseName();
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("The store's url is not a PostgreSQL JDBC URL", e);
        }
    }

    /** The password from {@code passwordFile} (its first line), else from the environment; null when neither. */
    static String password(Path passwordFile, Map<String, String> environment) throws IOException {
        if (passwordFile != null) {
            return Files.readAllLines(passwordFile, StandardCharsets.UTF_8).stream().findFirst().orElse("").strip();
        }
        return environment.get(PASSWORD_VARIABLE);
    }

    @Override
    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public String eclipseLinkTarget() {
        return "PostgreSQL";
    }

    @Override
    public String migrations() {
        return "db/migration/postgresql";
    }

    @Override
    public String describe() {
        return "PostgreSQL at " + where;
    }

    /** For pg_dump: the connection's parts. */
    PGSimpleDataSource settings() {
        return dataSource;
    }

    @Override
    public void close() {
        // The server stays; the pool has closed our connections.
    }
}
