package dk.borgerplan.audit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import dk.borgerplan.audit.AccessAction;
import dk.borgerplan.audit.AccessEvent;
import dk.borgerplan.audit.AccessOutcome;
import dk.borgerplan.audit.AuditEntry;
import dk.borgerplan.audit.ChainVerification;
import dk.borgerplan.audit.CitizenAccess;
import dk.borgerplan.audit.spi.ChainStart;

class ChainedAuditLogTest {

    private static final Instant NOW = Instant.parse("2026-12-05T10:00:00.123456789Z");

    private final InMemoryAuditStore store = new InMemoryAuditStore();
    private final ChainedAuditLog log = new ChainedAuditLog(store, Clock.fixed(NOW, ZoneOffset.UTC), 183);

    private static AccessEvent event(Instant at, String citizen, String account) {
        return new AccessEvent(at, account, "caseworker", "Randers Kommune, Handicap og Psykiatri", citizen,
                "GET /api/plans/{id}", AccessAction.READ, "caseload", AccessOutcome.ALLOWED);
    }

    @Test
    void entriesAreNumberedAndChainedFromZeros() {
        AuditEntry first = log.record(event(NOW, "c1", "anne"));
        AuditEntry second = log.record(event(NOW, "c2", "anne"));
        assertEquals(1, first.sequence());
        assertEquals(ChainStart.GENESIS, first.previousHash());
        assertEquals(2, second.sequence());
        assertEquals(first.hash(), second.previousHash());
        assertEquals(NOW.toEpochMilli(), first.event().at().toEpochMilli());
        assertEquals(0, first.event().at().getNano() % 1_000_000, "kept to the millisecond, as stores keep it");
        ChainVerification verification = log.verify();
        assertTrue(verification.intact());
        assertEquals(2, verification.checked());
        assertEquals(second.hash(), verification.headHash());
    }

    @Test
    void severalAccessesAtOnceAreChainedInOrderAfterTheHead() {
        log.record(event(NOW, "c0", "anne"));
        List<AuditEntry> found = log.recordAll(List.of(event(NOW, null, "anne"), event(NOW, "c1", "anne"),
                event(NOW, "c2", "anne")));
        assertEquals(List.of(2L, 3L, 4L), found.stream().map(AuditEntry::sequence).toList());
        assertEquals(found.get(0).hash(), found.get(1).previousHash());
        assertEquals(found.get(1).hash(), found.get(2).previousHash());
        assertTrue(log.verify().intact());
        assertEquals(1, log.accessesOf("c2").size());
        assertEquals(List.of(), log.recordAll(List.of()));
    }

    @Test
    void anAlteredEntryIsFoundAtItsNumber() {
        IntStream.range(0, 5).forEach(i -> log.record(event(NOW, "c" + i, "anne")));
        AuditEntry third = store.entries.get(3L);
        // Someone with database access hides who looked: the account is changed, the hashes left.
        store.entries.put(3L, new AuditEntry(3, event(third.event().at(), "c2", "bent"), third.previousHash(),
                third.hash()));
        ChainVerification verification = log.verify();
        assertFalse(verification.intact());
        assertEquals(3, verification.brokenAt());
        assertEquals("changed", verification.problem());
        assertEquals(2, verification.checked());
    }

    @Test
    void anAlteredEntryWithItsHashRecomputedBreaksTheNextLink() {
        IntStream.range(0, 5).forEach(i -> log.record(event(NOW, "c" + i, "anne")));
        AuditEntry third = store.entries.get(3L);
        AccessEvent altered = event(third.event().at(), "c2", "bent");
        store.entries.put(3L, new AuditEntry(3, altered, third.previousHash(),
                HashChain.hash(3, altered, third.previousHash())));
        ChainVerification verification = log.verify();
        assertFalse(verification.intact());
        assertEquals(4, verification.brokenAt());
    }

    @Test
    void aRemovedEntryIsFoundAsMissing() {
        IntStream.range(0, 5).forEach(i -> log.record(event(NOW, "c" + i, "anne")));
        store.entries.remove(2L);
        ChainVerification verification = log.verify();
        assertFalse(verification.intact());
        assertEquals(2, verification.brokenAt());
        assertEquals("missing", verification.problem());
        store.entries.clear();
        IntStream.range(0, 3).forEach(i -> log.record(event(NOW, "c" + i, "anne")));
        store.entries.remove(1L);
        assertEquals("missing", log.verify().problem(), "the first entry too");
    }

    @Test
    void retentionRemovesOldEntriesAndTheChainVerifiesFromItsNewStart() {
        log.record(event(NOW.minus(Duration.ofDays(400)), "c1", "anne"));
        log.record(event(NOW.minus(Duration.ofDays(200)), "c1", "anne"));
        AuditEntry kept = log.record(event(NOW.minus(Duration.ofDays(10)), "c1", "anne"));
        log.record(event(NOW, "c1", "anne"));
        assertEquals(2, log.retain());
        assertEquals(List.of(3L, 4L), List.copyOf(store.entries.keySet()));
        ChainVerification verification = log.verify();
        assertTrue(verification.intact(), verification.toString());
        assertEquals(3, verification.firstSequence());
        assertEquals(2, verification.checked());
        assertEquals(0, log.retain(), "nothing more to remove");
        // A removal past retention, below the recorded start, is still found.
        store.entries.remove(kept.sequence());
        assertFalse(log.verify().intact());
        // And the numbering goes on after retention.
        assertEquals(5, log.record(event(NOW, "c1", "anne")).sequence());
    }

    @Test
    void retentionAlwaysKeepsTheHeadSoTheChainGoesOn() {
        log.record(event(NOW.minus(Duration.ofDays(400)), "c1", "anne"));
        AuditEntry head = log.record(event(NOW.minus(Duration.ofDays(300)), "c1", "anne"));
        assertEquals(1, log.retain());
        AuditEntry next = log.record(event(NOW, "c1", "anne"));
        assertEquals(head.hash(), next.previousHash());
        assertTrue(log.verify().intact());
    }

    @Test
    void aCitizensAccessLogShowsRolesAndOrganisationsNotStaffIdentities() {
        log.record(event(NOW, "c1", "anne.kristensen"));
        log.record(event(NOW, "c2", "bent"));
        log.record(event(NOW.plusSeconds(60), "c1", "carl"));
        List<CitizenAccess> accesses = log.accessesOf("c1");
        assertEquals(2, accesses.size());
        assertEquals("caseworker", accesses.get(0).role());
        assertEquals("Randers Kommune, Handicap og Psykiatri", accesses.get(0).organisation());
        assertEquals("caseload", accesses.get(0).purpose());
        assertFalse(accesses.toString().contains("anne"), accesses.toString());
        assertTrue(accesses.get(0).at().isBefore(accesses.get(1).at()));
    }

    @Test
    void concurrentWritersGetConsecutiveNumbersAndOneChain() throws Exception {
        // Two logs on one store are two nodes on one database: the store's sequence number decides.
        ChainedAuditLog other = new ChainedAuditLog(store, Clock.systemUTC(), 183);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<AuditEntry>> writes = IntStream.range(0, 400).mapToObj(i -> pool.submit(
                    () -> (i % 2 == 0 ? log : other).record(event(NOW, "c" + i, "anne")))).toList();
            for (Future<AuditEntry> write : writes) {
                write.get();
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(400, store.entries.size());
        assertEquals(400L, store.entries.lastKey());
        ChainVerification verification = log.verify();
        assertTrue(verification.intact(), verification.toString());
        assertNotEquals(ChainStart.GENESIS, verification.headHash());
    }
}
