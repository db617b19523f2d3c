package dk.borgerplan.persistence.internal;

import java.util.Optional;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import dk.borgerplan.plan.GoalStaircase;
import dk.borgerplan.plan.VersionConflictException;
import dk.borgerplan.plan.spi.StaircaseStore;

/** The goal staircases, in the bundle's one {@link StoreDatabase}. */
@Component(service = StaircaseStore.class)
public class JpaStaircaseStore implements StaircaseStore {

    private final StoreDatabase database;

    @Activate
    public JpaStaircaseStore(@Reference StoreDatabase database) {
        this.database = database;
    }

    @Override
    public Optional<GoalStaircase> staircase(String goalId) {
        return database.read(em -> Optional.ofNullable(em.find(StaircaseEntity.class, goalId))
                .map(StaircaseEntity::toStaircase));
    }

    @Override
    public GoalStaircase save(GoalStaircase staircase, long expectedVersion) {
        String goalId = staircase.goalId();
        try {
            return database.write(em -> {
                StaircaseEntity entity = em.find(StaircaseEntity.class, goalId);
                long current = entity == null ? 0 : entity.version();
                if (current != expectedVersion) {
                    throw new VersionConflictException("staircase", goalId, expectedVersion, current);
                }
                if (entity == null) {
                    entity = new StaircaseEntity(staircase);
                    em.persist(entity);
                } else {
                    entity.apply(staircase);
                }
                em.flush();
                return entity.toStaircase();
            });
        } catch (OptimisticLockException e) {
            // Another writer committed between our read and our write: the version check in SQL caught it.
            throw conflict(goalId, expectedVersion);
        } catch (PersistenceException e) {
            // Two first changes of the same staircase at once: the primary key (the goal's id) caught the second.
            if (StoreDatabase.isUniqueViolation(e)) {
                throw conflict(goalId, expectedVersion);
            }
            throw e;
        }
    }

    private VersionConflictException conflict(String goalId, long expectedVersion) {
        long current = staircase(goalId).map(GoalStaircase::version).orElse(0L);
        return new VersionConflictException("staircase", goalId, expectedVersion, current);
    }
}
