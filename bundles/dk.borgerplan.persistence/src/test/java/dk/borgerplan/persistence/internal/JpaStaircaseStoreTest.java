package dk.borgerplan.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dk.borgerplan.plan.GoalStaircase;
import dk.borgerplan.plan.Stamp;
import dk.borgerplan.plan.StaircaseEvent;
import dk.borgerplan.plan.SubGoal;
import dk.borgerplan.plan.SubGoalStatus;
import dk.borgerplan.plan.VersionConflictException;

/** The staircase store against a real database: embedded Derby in a temporary folder, or PostgreSQL (TestDatabases). */
class JpaStaircaseStoreTest {

    private static final Stamp CREATED = new Stamp("kontaktperson", Instant.parse("2026-03-02T09:00:00Z"));
    private static final Stamp LATER = new Stamp("borger", Instant.parse("2026-03-09T14:30:00Z"));

    @TempDir
    Path data;

    private StoreDatabase database;
    private JpaStaircaseStore store;

    @BeforeEach
    void open() throws Exception {
        database = TestDatabases.open(data);
        store = new JpaStaircaseStore(database);
    }

    @AfterEach
    void close() {
        if (database != null) {
            database.close();
        }
    }

    private static String id() {
        return UUID.randomUUID().toString();
    }

    /** A staircase with an overall goal and three steps: completed, replaced and its replacement. */
    private static GoalStaircase staircase(String goalId) {
        String first = id();
        String second = id();
        String third = id();
        return new GoalStaircase(goalId, id(), "Jeg vil holde en middag for min familie",
                List.of(new SubGoal(first, "Jeg finder en opskrift", SubGoalStatus.COMPLETED, null, CREATED, LATER),
                        new SubGoal(second, "Jeg køber ind", SubGoalStatus.REPLACED, third, CREATED, LATER),
                        new SubGoal(third, "Jeg køber ind med støtte\nfra Anne", SubGoalStatus.ACTIVE, null, LATER,
                                null)),
                List.of(new StaircaseEvent(StaircaseEvent.Kind.OVERALL_GOAL_SET, null, CREATED),
                        new StaircaseEvent(StaircaseEvent.Kind.ADDED, first, CREATED),
                        new StaircaseEvent(StaircaseEvent.Kind.REPLACED, second, LATER)),
                0, CREATED, LATER);
    }

    private static GoalStaircase withOverallGoal(GoalStaircase staircase, String overallGoal, Stamp updated) {
        List<StaircaseEvent> history = new ArrayList<>(staircase.history());
        history.add(new StaircaseEvent(StaircaseEvent.Kind.OVERALL_GOAL_SET, null, updated));
        return new GoalStaircase(staircase.goalId(), staircase.planId(), overallGoal, staircase.steps(), history,
                staircase.version(), staircase.created(), updated);
    }

    @Test
    void aStaircaseIsStoredWholeAndInOrderWithVersionOne() {
        GoalStaircase given = staircase(id());
        assertTrue(store.staircase(given.goalId()).isEmpty());
        GoalStaircase stored = store.save(given, 0);
        assertEquals(given.withVersion(1), stored);
        assertEquals(stored, store.staircase(given.goalId()).orElseThrow());
    }

    @Test
    void aChangeRaisesTheVersionAndAStaleOneChangesNothing() {
        GoalStaircase stored = store.save(staircase(id()), 0);
        GoalStaircase changed = store.save(withOverallGoal(stored, "Jeg vil bo for mig selv", LATER), 1);
        assertEquals(2, changed.version());
        assertEquals(4, changed.history().size());
        assertEquals("Jeg vil bo for mig selv", store.staircase(stored.goalId()).orElseThrow().overallGoal());

        VersionConflictException stale = assertThrows(VersionConflictException.class,
                () -> store.save(withOverallGoal(stored, "Forældet", LATER), 1));
        assertEquals(2, stale.current());
        VersionConflictException again = assertThrows(VersionConflictException.class,
                () -> store.save(staircase(stored.goalId()), 0));
        assertEquals(2, again.current());
        assertThrows(VersionConflictException.class, () -> store.save(staircase(id()), 3));
        assertEquals(changed, store.staircase(stored.goalId()).orElseThrow());
    }

    @Test
    void aNewOrderOfTheSameStepsIsStored() {
        GoalStaircase stored = store.save(staircase(id()), 0);
        List<SubGoal> reversed = new ArrayList<>(stored.steps());
        java.util.Collections.reverse(reversed);
        GoalStaircase reordered = store.save(new GoalStaircase(stored.goalId(), stored.planId(), stored.overallGoal(),
                reversed, stored.history(), stored.version(), stored.created(), LATER), 1);
        assertEquals(reversed, reordered.steps());
        assertEquals(reversed, store.staircase(stored.goalId()).orElseThrow().steps());
        // Swapping two steps back, with the others in place.
        List<SubGoal> swapped = List.of(reversed.get(1), reversed.get(0), reversed.get(2));
        store.save(new GoalStaircase(stored.goalId(), stored.planId(), stored.overallGoal(), swapped,
                stored.history(), 2, stored.created(), LATER), 2);
        assertEquals(swapped, store.staircase(stored.goalId()).orElseThrow().steps());
    }

    @Test
    void everythingIsStillThereAfterTheDatabaseIsClosedAndOpenedAgain() throws Exception {
        GoalStaircase stored = store.save(staircase(id()), 0);
        database.close();
        open();
        assertEquals(stored, store.staircase(stored.goalId()).orElseThrow());
    }

    @Test
    void twoFirstWritersOfOneStaircaseNeverBothWin() throws Exception {
        assertOneWinnerPerRound(goalId -> 0L, (goalId, writer, version) -> {
            GoalStaircase first = staircase(goalId);
            return withOverallGoal(first, writer, CREATED);
        });
    }

    @Test
    void twoWritersOnTheSameStaircaseVersionNeverLoseAnUpdate() throws Exception {
        assertOneWinnerPerRound(goalId -> {
            GoalStaircase current = store.staircase(goalId).orElse(null);
            if (current == null) {
                return store.save(staircase(goalId), 0).version();
            }
            return current.version();
        }, (goalId, writer, version) -> withOverallGoal(store.staircase(goalId).orElseThrow(), writer, LATER));
    }

    private interface Write {
        GoalStaircase staircase(String goalId, String writer, long version);
    }

    /** Twenty rounds of two writers on the same version at the same moment: exactly one wins each round. */
    private void assertOneWinnerPerRound(java.util.function.Function<String, Long> versionOf, Write write)
            throws Exception {
        String sameGoal = id();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 20; round++) {
                boolean inserts = versionOf.apply(sameGoal) == 0L;
                String goalId = inserts ? id() : sameGoal;
                long version = versionOf.apply(goalId);
                CyclicBarrier together = new CyclicBarrier(2);
                List<Future<String>> outcomes = new ArrayList<>();
                for (String writer : List.of("A" + round, "B" + round)) {
                    GoalStaircase mine = write.staircase(goalId, writer, version);
                    Callable<String> attempt = () -> {
                        together.await();
                        try {
                            store.save(mine, version);
                            return writer;
                        } catch (VersionConflictException e) {
                            return null;
                        }
                    };
                    outcomes.add(pool.submit(attempt));
                }
                List<String> winners = new ArrayList<>();
                for (Future<String> outcome : outcomes) {
                    if (outcome.get() != null) {
                        winners.add(outcome.get());
                    }
                }
                assertEquals(1, winners.size(), "exactly one of two writers on version " + version + " wins");
                GoalStaircase now = store.staircase(goalId).orElseThrow();
                assertEquals(winners.get(0), now.overallGoal());
                assertEquals(version + 1, now.version());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
