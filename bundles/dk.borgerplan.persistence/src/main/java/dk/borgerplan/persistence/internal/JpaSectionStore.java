package dk.borgerplan.persistence.internal;

import java.util.Optional;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import dk.borgerplan.plan.SectionRecord;
import dk.borgerplan.plan.VersionConflictException;
import dk.borgerplan.plan.spi.SectionStore;

/** The methods' plan sections, in the bundle's one {@link StoreDatabase}. */
@Component(service = SectionStore.class)
public class JpaSectionStore implements SectionStore {

    private final StoreDatabase database;

    @Activate
    public JpaSectionStore(@Reference StoreDatabase database) {
        this.database = database;
    }

    @Override
    public Optional<SectionRecord> section(String cycleId, String methodId, String sectionId) {
        return database.read(em -> Optional.ofNullable(
                em.find(SectionEntity.class, SectionEntity.key(cycleId, methodId, sectionId)))
                .map(SectionEntity::toRecord));
    }

    @Override
    public SectionRecord save(SectionRecord record, long expectedVersion) {
        String key = SectionEntity.key(record.cycleId(), record.method(), record.section());
        try {
            return database.write(em -> {
                SectionEntity entity = em.find(SectionEntity.class, key);
                long current = entity == null ? 0 : entity.version();
                if (current != expectedVersion) {
                    throw new VersionConflictException("section", record.section(), expectedVersion, current);
                }
                if (entity == null) {
                    entity = new SectionEntity(record);
                    em.persist(entity);
                } else {
                    entity.apply(record);
                }
                em.flush();
                ProgressionTally.changedCycle(em, record.cycleId());
                return entity.toRecord();
            });
        } catch (OptimisticLockException e) {
            // Another writer committed between our read and our write: the version check in SQL caught it.
            throw conflict(record, expectedVersion);
        } catch (PersistenceException e) {
            // Two first changes of the same section at once: the primary key caught the second.
            if (StoreDatabase.isUniqueViolation(e)) {
                throw conflict(record, expectedVersion);
            }
            throw e;
        }
    }

    private VersionConflictException conflict(SectionRecord record, long expectedVersion) {
        long current = section(record.cycleId(), record.method(), record.section()).map(SectionRecord::version)
                .orElse(0L);
        return new VersionConflictException("section", record.section(), expectedVersion, current);
    }
}
