package dk.borgerplan.persistence.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dk.borgerplan.platform.PlatformHome;
import dk.borgerplan.platform.StoreBackup;

/**
 * An online backup into {@code <home>/backups/<UTC time>/}, taken while users write:
 * <ul>
 * <li>Derby: its own backup procedure ({@code SYSCS_UTIL.SYSCS_BACKUP_DATABASE}), a consistent copy of the database
 * folder ({@code borgerplan-db}); restore = copy it back while Borgerplan is stopped.</li>
 * <li>PostgreSQL: {@code pg_dump --format=custom} of the store's schema ({@code borgerplan.dump}), one consistent
 * snapshot; restore = {@code pg_restore} into an empty database. {@code pg_dump} must be on the PATH, of the server's
 * major version or newer (Debian: postgresql-client).</li>
 * </ul>
 * The README's "Backup and restore" gives the commands.
 */
@Component(service = StoreBackup.class)
public class OnlineBackup implements StoreBackup {

    private static final Logger LOG = LoggerFactory.getLogger(OnlineBackup.class);
    private static final DateTimeFormatter FOLDER = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH-mm-ss'Z'")
            .withZone(ZoneOffset.UTC);

    private final StoreDatabase store;
    private final Path backups;

    @Activate
    public OnlineBackup(@Reference StoreDatabase store, @Reference PlatformHome home) {
        this.store = store;
        this.backups = home.resolve("backups");
    }

    @Override
    public synchronized Backup backUp() {
        Instant taken = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Path target = backups.resolve(FOLDER.format(taken));
        try {
            Files.createDirectories(backups);
            if (Files.exists(target)) {
                // Two backups within one second: the second one waits for its own folder name.
                Thread.sleep(1000);
                return backUp();
            }
            // The store must be open (the first start opens it on a thread of its own): wait for it.
            store.read(em -> null);
            long started = System.nanoTime();
            if (store.database() instanceof PostgresDatabase postgres) {
                Files.createDirectories(target);
                dump(postgres.settings(), target.resolve("borgerplan.dump"));
            } else {
                try (Connection connection = store.dataSource().getConnection();
                        CallableStatement backup = connection.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
                    backup.setString(1, target.toString());
                    backup.execute();
                }
            }
            long bytes = size(target);
            LOG.info("Store backed up to {} ({} bytes, {} ms)", target, bytes,
                    (System.nanoTime() - started) / 1_000_000);
            return new Backup(target, taken, bytes);
        } catch (SQLException e) {
            throw new IllegalStateException("The backup failed: SQLState " + e.getSQLState(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("The backup could not be written", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted before the backup", e);
        }
    }

    /** pg_dump of the store's schema; the password goes through the environment, never the command line. */
    private static void dump(PGSimpleDataSource settings, Path file) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("pg_dump", "--format=custom", "--no-owner",
                "--host=" + settings.getServerNames()[0], "--port=" + settings.getPortNumbers()[0],
                "--dbname=" + settings.getDatabaseName(), "--file=" + file));
        if (settings.getUser() != null && !settings.getUser().isBlank()) {
            command.add("--username=" + settings.getUser());
        }
        if (settings.getCurrentSchema() != null && !settings.getCurrentSchema().isBlank()) {
            command.add("--schema=" + settings.getCurrentSchema());
        }
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PGCONNECT_TIMEOUT", "10");
        if (settings.getPassword() != null) {
            builder.environment().put("PGPASSWORD", settings.getPassword());
        }
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new IllegalStateException("pg_dump was not found on the PATH (Debian: apt-get install postgresql-client)", e);
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(1, TimeUnit.HOURS) || process.exitValue() != 0) {
            process.destroyForcibly();
            // pg_dump's own words name servers and tables, never row data.
            throw new IllegalStateException("pg_dump failed: " + output.strip());
        }
    }

    private static long size(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> {
                try {
                    return Files.size(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        }
    }
}
