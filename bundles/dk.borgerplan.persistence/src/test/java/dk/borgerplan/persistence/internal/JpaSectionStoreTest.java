package dk.borgerplan.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dk.borgerplan.method.SectionEntry;
import dk.borgerplan.plan.SectionRecord;
import dk.borgerplan.plan.Stamp;
import dk.borgerplan.plan.VersionConflictException;

/** The methods' sections against a real database: embedded Derby in a temporary folder, or PostgreSQL (TestDatabases). */
class JpaSectionStoreTest {

    private static final Stamp CREATED = new Stamp("kontaktperson", Instant.parse("2026-03-02T09:00:00Z"));
    private static final Stamp LATER = new Stamp("borger", Instant.parse("2026-03-09T14:30:00Z"));

    @TempDir
    Path data;

    private StoreDatabase database;
    private JpaSectionStore store;

    @BeforeEach
    void open() throws Exception {
        database = TestDatabases.open(data);
        store = new JpaSectionStore(database);
    }

    @AfterEach
    void close() {
        if (database != null) {
            database.close();
            database = null;
        }
    }

    private static SectionRecord ledger(String cycleId, Stamp updated, String... amounts) {
        List<SectionEntry> entries = new ArrayList<>();
        for (String amount : amounts) {
            entries.add(new SectionEntry(Map.of("date", "2026-03-01", "kind", "spending", "amount", amount,
                    "what", "Busbillet til svømmehallen, æøå")));
        }
        return new SectionRecord(cycleId, "aarhus", "livsmestermidler", entries, List.of(), 0, CREATED, updated);
    }

    @Test
    void entriesAreStoredInTheirOrderWithTheirValuesAndVersionOne() {
        String cycleId = UUID.randomUUID().toString();
        assertTrue(store.section(cycleId, "aarhus", "livsmestermidler").isEmpty());
        List<SectionEntry> entries = List.of(new SectionEntry(Map.of("amount", "3.00")), new SectionEntry(Map.of()),
                new SectionEntry(Map.of("amount", "1.00", "words", "  Som sagt  ")));
        SectionRecord stored = store.save(new SectionRecord(cycleId, "aarhus", "livsmestermidler", entries, List.of(),
                0, CREATED, CREATED), 0);
        assertEquals(1, stored.version());
        SectionRecord read = store.section(cycleId, "aarhus", "livsmestermidler").orElseThrow();
        assertEquals(entries, read.entries(), "order, an empty entry and the words as said are kept");
        assertEquals(CREATED, read.created());
        assertTrue(store.section(cycleId, "aarhus", "andet").isEmpty(), "each section is its own record");
    }

    @Test
    void aChangeReplacesTheEntriesAndAStaleOneChangesNothing() {
        String cycleId = UUID.randomUUID().toString();
        store.save(ledger(cycleId, CREATED, "10.00", "20.00"), 0);
        SectionRecord changed = store.save(ledger(cycleId, LATER, "5.00"), 1);
        assertEquals(2, changed.version());
        assertEquals(1, changed.entries().size());
        assertEquals(LATER, store.section(cycleId, "aarhus", "livsmestermidler").orElseThrow().updated());

        VersionConflictException stale = assertThrows(VersionConflictException.class,
                () -> store.save(ledger(cycleId, LATER, "99.00"), 1));
        assertEquals(2, stale.current());
        assertThrows(VersionConflictException.class, () -> store.save(ledger(cycleId, LATER, "99.00"), 0));
        assertEquals("5.00", store.section(cycleId, "aarhus", "livsmestermidler").orElseThrow().entries().get(0)
                .value("amount").orElseThrow());
    }

    @Test
    void twoWritersOnTheSameVersionNeverBothWin() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 20; round++) {
                // Even rounds: two first writers of a new section; odd rounds: two writers on version 1.
                String cycleId = UUID.randomUUID().toString();
                long version = 0;
                if (round % 2 == 1) {
                    version = store.save(ledger(cycleId, CREATED, "1.00"), 0).version();
                }
                long base = version;
                CyclicBarrier together = new CyclicBarrier(2);
                List<Future<String>> outcomes = new ArrayList<>();
                for (String amount : List.of("100.00", "200.00")) {
                    outcomes.add(pool.submit(() -> {
                        together.await();
                        try {
                            store.save(ledger(cycleId, LATER, amount), base);
                            return amount;
                        } catch (VersionConflictException e) {
                            return null;
                        }
                    }));
                }
                List<String> winners = new ArrayList<>();
                for (Future<String> outcome : outcomes) {
                    if (outcome.get() != null) {
                        winners.add(outcome.get());
                    }
                }
                assertEquals(1, winners.size(), "exactly one writer on version " + base + " wins");
                SectionRecord now = store.section(cycleId, "aarhus", "livsmestermidler").orElseThrow();
                assertEquals(base + 1, now.version());
                assertEquals(winners.get(0), now.entries().get(0).value("amount").orElseThrow());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
