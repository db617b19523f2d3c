package dk.borgerplan.audit.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

import dk.borgerplan.audit.AuditEntry;
import dk.borgerplan.audit.spi.AuditStore;
import dk.borgerplan.audit.spi.ChainStart;

/** The store contract in memory, with the tampering a database administrator could do. */
final class InMemoryAuditStore implements AuditStore {

    final TreeMap<Long, AuditEntry> entries = new TreeMap<>();
    private ChainStart start = ChainStart.genesis();

    @Override
    public synchronized Optional<AuditEntry> head() {
        return entries.isEmpty() ? Optional.empty() : Optional.of(entries.lastEntry().getValue());
    }

    @Override
    public synchronized boolean append(AuditEntry entry) {
        return entries.putIfAbsent(entry.sequence(), entry) == null;
    }

    @Override
    public synchronized List<AuditEntry> entries(long fromSequence, int limit) {
        return entries.tailMap(fromSequence, true).values().stream().limit(limit).toList();
    }

    @Override
    public synchronized List<AuditEntry> entriesOf(String citizenId) {
        return entries.values().stream().filter(e -> Objects.equals(citizenId, e.event().citizenId())).toList();
    }

    @Override
    public synchronized List<AuditEntry> latest(int limit) {
        return entries.descendingMap().values().stream().limit(limit).toList();
    }

    @Override
    public synchronized ChainStart start() {
        return start;
    }

    @Override
    public synchronized int purge(Instant before) {
        long last = entries.values().stream().filter(e -> e.event().at().isBefore(before))
                .map(AuditEntry::sequence).max(Comparator.naturalOrder()).orElse(0L);
        last = Math.min(last, entries.isEmpty() ? 0 : entries.lastKey() - 1);
        if (last < start.sequence()) {
            return 0;
        }
        List<Long> removed = new ArrayList<>(entries.headMap(last, true).keySet());
        removed.forEach(entries::remove);
        start = new ChainStart(last + 1, entries.get(last + 1).previousHash());
        return removed.size();
    }
}
