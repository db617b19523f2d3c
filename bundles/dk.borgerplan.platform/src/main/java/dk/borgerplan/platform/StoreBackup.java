package dk.borgerplan.platform;

import java.nio.file.Path;
import java.time.Instant;

import org.osgi.annotation.versioning.ProviderType;

/**
 * An online backup of the store, taken while the platform runs and users write: a consistent copy of the whole
 * database as of one moment, in a folder of its own below the home's {@code backups/}. How to restore it is the store's
 * README's (and the distribution README's).
 */
@ProviderType
public interface StoreBackup {

    /** The backup just taken. */
    record Backup(Path directory, Instant taken, long bytes) {
    }

    /**
     * Takes a backup now. Writers wait while the copy is made (the database's own backup procedure).
     *
     * @throws IllegalStateException when the store is not open or the copy fails (the message names no data)
     */
    Backup backUp();
}
