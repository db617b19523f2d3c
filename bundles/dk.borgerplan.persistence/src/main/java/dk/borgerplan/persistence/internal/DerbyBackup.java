package dk.borgerplan.persistence.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.stream.Stream;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dk.borgerplan.platform.PlatformHome;
import dk.borgerplan.platform.StoreBackup;

/**
 * Derby's online backup ({@code SYSCS_UTIL.SYSCS_BACKUP_DATABASE}) into {@code <home>/backups/<UTC time>/}: a copy of
 * the database folder that Derby keeps consistent while it is made (writers wait for it). Restoring is copying that
 * folder back while Borgerplan is stopped (README).
 */
@Component(service = StoreBackup.class)
public class DerbyBackup implements StoreBackup {

    private static final Logger LOG = LoggerFactory.getLogger(DerbyBackup.class);
    private static final DateTimeFormatter FOLDER = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH-mm-ss'Z'")
            .withZone(ZoneOffset.UTC);

    private final StoreDatabase store;
    private final Path backups;

    @Activate
    public DerbyBackup(@Reference StoreDatabase store, @Reference PlatformHome home) {
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
            try (Connection connection = store.dataSource().getConnection();
                    CallableStatement backup = connection.prepareCall(
                            "CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
                backup.setString(1, target.toString());
                backup.execute();
            }
            long bytes = size(target);
            LOG.info("Store backed up to {} ({} bytes, {} ms)", target, bytes,
                    (System.nanoTime() - started) / 1_000_000);
            return new Backup(target, taken, bytes);
        } catch (SQLException e) {
            throw new IllegalStateException("The backup failed: SQLState " + e.getSQLState(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("The backup folder could not be made", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted before the backup", e);
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
