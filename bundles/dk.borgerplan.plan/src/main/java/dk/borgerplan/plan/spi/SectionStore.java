package dk.borgerplan.plan.spi;

import java.util.Optional;

import org.osgi.annotation.versioning.ConsumerType;

import dk.borgerplan.plan.SectionRecord;
import dk.borgerplan.plan.VersionConflictException;

/** Storage for the methods' plan sections, one record per cycle, method and section. Each method is one transaction. */
@ConsumerType
public interface SectionStore {

    /** The stored record, if anything has been written in the section in that cycle (without figures). */
    Optional<SectionRecord> section(String cycleId, String methodId, String sectionId);

    /**
     * Stores the record's entries and update stamp if the stored version is still {@code expectedVersion},
     * atomically; 0 inserts. Returns it as stored, with its new version (1 after an insert).
     *
     * @throws VersionConflictException when another change came first, including a concurrent insert
     */
    SectionRecord save(SectionRecord record, long expectedVersion);
}
