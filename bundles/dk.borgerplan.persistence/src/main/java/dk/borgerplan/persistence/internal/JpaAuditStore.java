package dk.borgerplan.persistence.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;


import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import dk.borgerplan.audit.AuditEntry;
import dk.borgerplan.audit.spi.AuditStore;
import dk.borgerplan.audit.spi.ChainStart;

/** The audit log's entries in the bundle's one {@link StoreDatabase}, in the same database as the data they log. */
@Component(service = AuditStore.class)
public class JpaAuditStore implements AuditStore {

    private final StoreDatabase database;

    @Activate
    public JpaAuditStore(@Reference StoreDatabase database) {
        this.database = database;
    }

    @Override
    public Optional<AuditEntry> head() {
        // MAX over the primary key is read from the end of its index; ORDER BY … DESC with a limit made Derby sort
        // the whole log on every append, slower with every entry.
        return database.read(em -> {
            Long last = em.createQuery("SELECT MAX(e.sequence) FROM AuditEntryEntity e", Long.class)
                    .getSingleResult();
            return last == null ? Optional.<AuditEntry>empty()
                    : Optional.ofNullable(em.find(AuditEntryEntity.class, last)).map(AuditEntryEntity::toEntry);
        });
    }

    @Override
    public boolean append(AuditEntry entry) {
        return database.insertUnlessTaken(new AuditEntryEntity(entry));
    }

    @Override
    public boolean appendAll(List<AuditEntry> entries) {
        return database.insertAllUnlessTaken(entries.stream().map(AuditEntryEntity::new).toList());
    }

    @Override
    public List<AuditEntry> entries(long fromSequence, int limit) {
        return database.read(em -> em.createQuery("SELECT e FROM AuditEntryEntity e WHERE e.sequence >= :from "
                + "ORDER BY e.sequence", AuditEntryEntity.class).setParameter("from", fromSequence)
                .setMaxResults(limit).getResultStream().map(AuditEntryEntity::toEntry).toList());
    }

    @Override
    public List<AuditEntry> entriesOf(String citizenId) {
        return database.read(em -> em.createQuery("SELECT e FROM AuditEntryEntity e WHERE e.citizenId = :citizen "
                + "ORDER BY e.sequence", AuditEntryEntity.class).setParameter("citizen", citizenId)
                .getResultStream().map(AuditEntryEntity::toEntry).toList());
    }

    @Override
    public List<AuditEntry> latest(int limit) {
        return database.read(em -> em.createQuery("SELECT e FROM AuditEntryEntity e ORDER BY e.sequence DESC",
                AuditEntryEntity.class).setMaxResults(limit).getResultStream().map(AuditEntryEntity::toEntry)
                .toList());
    }

    @Override
    public ChainStart start() {
        return database.read(em -> Optional.ofNullable(em.find(AuditChainStartEntity.class, AuditChainStartEntity.ID))
                .map(AuditChainStartEntity::toStart).orElse(ChainStart.genesis()));
    }

    @Override
    public int purge(Instant before) {
        return database.write(em -> {
            // By sequence, not by time alone: two nodes' clocks may disagree a little, and a gap would break the chain.
            Long lastOld = em.createQuery("SELECT MAX(e.sequence) FROM AuditEntryEntity e WHERE e.at < :before",
                    Long.class).setParameter("before", before).getSingleResult();
            Long head = em.createQuery("SELECT MAX(e.sequence) FROM AuditEntryEntity e", Long.class)
                    .getSingleResult();
            if (lastOld == null || head == null) {
                return 0;
            }
            long last = Math.min(lastOld, head - 1);
            AuditEntryEntity firstKept = em.find(AuditEntryEntity.class, last + 1);
            if (firstKept == null) {
                return 0;
            }
            int removed = em.createQuery("DELETE FROM AuditEntryEntity e WHERE e.sequence <= :last")
                    .setParameter("last", last).executeUpdate();
            ChainStart start = new ChainStart(last + 1, firstKept.toEntry().previousHash());
            AuditChainStartEntity row = em.find(AuditChainStartEntity.class, AuditChainStartEntity.ID);
            if (row == null) {
                em.persist(new AuditChainStartEntity(start));
            } else {
                row.apply(start);
            }
            return removed;
        });
    }
}
