package dk.borgerplan.plan.spi;

import java.util.Optional;

import org.osgi.annotation.versioning.ConsumerType;

import dk.borgerplan.plan.GoalStaircase;
import dk.borgerplan.plan.VersionConflictException;

/** Storage for goal staircases, one per goal, keyed by the goal's id. Each method is one transaction. */
@ConsumerType
public interface StaircaseStore {

    /** The goal's staircase, if one has been stored. */
    Optional<GoalStaircase> staircase(String goalId);

    /**
     * Stores the staircase whole (overall goal, steps in order, history, update stamp) if its stored version is
     * still {@code expectedVersion}, atomically; {@code expectedVersion} 0 inserts a new one. Returns it as stored,
     * with its new version (1 after an insert).
     *
     * @throws VersionConflictException when another change came first, including a concurrent insert
     */
    GoalStaircase save(GoalStaircase staircase, long expectedVersion);
}
