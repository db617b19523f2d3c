package dk.borgerplan.plan.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import dk.borgerplan.plan.GoalStaircase;
import dk.borgerplan.plan.VersionConflictException;
import dk.borgerplan.plan.spi.StaircaseStore;

/** Staircases in memory for the plan model's unit tests, with the same version rule as the real store. */
class InMemoryStaircaseStore implements StaircaseStore {

    final Map<String, GoalStaircase> staircases = new LinkedHashMap<>();

    @Override
    public synchronized Optional<GoalStaircase> staircase(String goalId) {
        return Optional.ofNullable(staircases.get(goalId));
    }

    @Override
    public synchronized GoalStaircase save(GoalStaircase staircase, long expectedVersion) {
        GoalStaircase current = staircases.get(staircase.goalId());
        long currentVersion = current == null ? 0 : current.version();
        if (currentVersion != expectedVersion) {
            throw new VersionConflictException("staircase", staircase.goalId(), expectedVersion, currentVersion);
        }
        GoalStaircase stored = staircase.withVersion(expectedVersion + 1);
        staircases.put(stored.goalId(), stored);
        return stored;
    }
}
