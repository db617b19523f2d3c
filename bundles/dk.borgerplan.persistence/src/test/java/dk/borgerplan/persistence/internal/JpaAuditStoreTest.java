package dk.borgerplan.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dk.borgerplan.audit.AccessAction;
import dk.borgerplan.audit.AccessEvent;
import dk.borgerplan.audit.AccessOutcome;
import dk.borgerplan.audit.AuditEntry;
import dk.borgerplan.audit.spi.ChainStart;

/** The audit store contract against a real database: embedded Derby in a temporary folder, or PostgreSQL (TestDatabases). */
class JpaAuditStoreTest {

    private static final Instant NOW = Instant.parse("2026-12-05T10:00:00.123Z");

    @TempDir
    Path data;

    private StoreDatabase database;
    private JpaAuditStore store;

    @BeforeEach
    void open() throws Exception {
        database = TestDatabases.open(data);
        store = new JpaAuditStore(database);
    }

    @AfterEach
    void close() {
        if (database != null) {
            database.close();
            database = null;
        }
    }

    private static AuditEntry entry(long sequence, Instant at, String citizen) {
        return new AuditEntry(sequence, new AccessEvent(at, "anne", "caseworker", "Randers Kommune æøå", citizen,
                "GET /api/plans/{id}", AccessAction.READ, "caseload", AccessOutcome.ALLOWED), "a".repeat(64),
                Long.toHexString(sequence).repeat(64).substring(0, 64));
    }

    @Test
    void entriesAreKeptWithEveryFieldAndReadInOrder() throws Exception {
        assertTrue(store.head().isEmpty());
        assertEquals(ChainStart.genesis(), store.start());
        for (long i = 1; i <= 5; i++) {
            assertTrue(store.append(entry(i, NOW.plusSeconds(i), i % 2 == 0 ? "c-even" : null)));
        }
        assertEquals(entry(5, NOW.plusSeconds(5), null), store.head().orElseThrow());
        assertEquals(List.of(2L, 3L, 4L), store.entries(2, 3).stream().map(AuditEntry::sequence).toList());
        assertEquals(List.of(2L, 4L), store.entriesOf("c-even").stream().map(AuditEntry::sequence).toList());
        assertEquals(List.of(5L, 4L), store.latest(2).stream().map(AuditEntry::sequence).toList());

        database.close();
        database = TestDatabases.open(data);
        store = new JpaAuditStore(database);
        assertEquals(entry(3, NOW.plusSeconds(3), null), store.entries(3, 1).get(0), "the same after a restart");
    }

    @Test
    void entriesAppendedTogetherAreAllKeptOrNoneWhenOneIsTaken() {
        assertTrue(store.appendAll(List.of(entry(1, NOW, "c1"), entry(2, NOW, "c2"))));
        // 3 is free but 2 is taken: the transaction keeps neither.
        assertFalse(store.appendAll(List.of(entry(3, NOW, "c3"), entry(2, NOW, "c2"))));
        assertEquals(List.of(1L, 2L), store.entries(1, 10).stream().map(AuditEntry::sequence).toList());
    }

    @Test
    void aSequenceNumberIsTakenOnceEvenByWritersAtTheSameMoment() throws Exception {
        int writers = 4;
        CyclicBarrier together = new CyclicBarrier(writers);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<Boolean>> results = new ArrayList<>();
        try {
            for (int i = 0; i < writers; i++) {
                results.add(pool.submit(() -> {
                    together.await();
                    return store.append(entry(1, NOW, "c1"));
                }));
            }
            int won = 0;
            for (Future<Boolean> result : results) {
                won += result.get() ? 1 : 0;
            }
            assertEquals(1, won);
        } finally {
            pool.shutdown();
        }
        assertFalse(store.append(entry(1, NOW, "c2")));
        assertEquals(1, store.entries(0, 10).size());
    }

    @Test
    void purgeRemovesOldEntriesKeepsTheHeadAndRecordsTheNewStart() {
        store.append(entry(1, NOW.minus(Duration.ofDays(400)), "c1"));
        store.append(entry(2, NOW.minus(Duration.ofDays(300)), "c1"));
        store.append(entry(3, NOW.minus(Duration.ofDays(5)), "c1"));
        assertEquals(2, store.purge(NOW.minus(Duration.ofDays(183))));
        assertEquals(new ChainStart(3, "a".repeat(64)), store.start());
        assertEquals(List.of(3L), store.entries(0, 10).stream().map(AuditEntry::sequence).toList());
        // Everything old: the head stays, so that the next entry still has a previous hash to chain to.
        assertEquals(0, store.purge(NOW.plus(Duration.ofDays(1))));
        assertEquals(3L, store.head().orElseThrow().sequence());
        assertTrue(store.append(entry(4, NOW, "c1")));
        assertEquals(1, store.purge(NOW.plus(Duration.ofDays(1))));
        assertEquals(4, store.start().sequence());
    }
}
