package dk.borgerplan.audit.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dk.borgerplan.audit.AccessEvent;
import dk.borgerplan.audit.AuditEntry;
import dk.borgerplan.audit.AuditLog;
import dk.borgerplan.audit.ChainVerification;
import dk.borgerplan.audit.CitizenAccess;
import dk.borgerplan.audit.spi.AuditStore;
import dk.borgerplan.audit.spi.ChainStart;

/**
 * The audit log on an {@link AuditStore}: each entry's hash covers the one before, appends take the next sequence
 * number (another node that took it first makes this one read the head again), and retention runs on a timer.
 */
@Component(service = AuditLog.class, configurationPid = "dk.borgerplan.audit")
@Designate(ocd = AuditConfig.class)
public class ChainedAuditLog implements AuditLog {

    private static final Logger LOG = LoggerFactory.getLogger(ChainedAuditLog.class);
    private static final int BATCH = 1000;
    private static final int MAX_ATTEMPTS = 100;

    private final AuditStore store;
    private final Clock clock;
    private final int retentionDays;
    private final ScheduledExecutorService retention;

    @Activate
    public ChainedAuditLog(@Reference AuditStore store, AuditConfig config) {
        this(store, Clock.systemUTC(), config.retentionDays());
        // Each start says whether the log is whole: the first thing to read after an incident.
        retention.schedule(this::verifyAndSay, 5, TimeUnit.SECONDS);
        if (retentionDays > 0) {
            long hours = Math.max(1, config.retentionIntervalHours());
            retention.scheduleWithFixedDelay(this::retainSafely, 1, TimeUnit.HOURS.toMinutes(hours),
                    TimeUnit.MINUTES);
        }
    }

    ChainedAuditLog(AuditStore store, Clock clock, int retentionDays) {
        this.store = store;
        this.clock = clock;
        this.retentionDays = retentionDays;
        this.retention = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "borgerplan-audit-retention");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Deactivate
    void stop() {
        retention.shutdownNow();
    }

    @Override
    public synchronized AuditEntry record(AccessEvent event) {
        // Stores keep milliseconds at least; the hash must cover what is stored.
        AccessEvent stored = new AccessEvent(event.at().truncatedTo(ChronoUnit.MILLIS), event.account(), event.role(),
                event.organisation(), event.citizenId(), event.resource(), event.action(), event.purpose(),
                event.outcome());
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            Optional<AuditEntry> head = store.head();
            long sequence = head.map(h -> h.sequence() + 1).orElse(store.start().sequence());
            String previous = head.map(AuditEntry::hash).orElse(store.start().previousHash());
            AuditEntry entry = new AuditEntry(sequence, stored, previous, HashChain.hash(sequence, stored, previous));
            if (store.append(entry)) {
                return entry;
            }
        }
        throw new IllegalStateException("The audit log's head moved " + MAX_ATTEMPTS + " times in a row");
    }

    @Override
    public synchronized List<AuditEntry> recordAll(List<AccessEvent> events) {
        if (events.isEmpty()) {
            return List.of();
        }
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            Optional<AuditEntry> head = store.head();
            long sequence = head.map(h -> h.sequence() + 1).orElse(store.start().sequence());
            String previous = head.map(AuditEntry::hash).orElse(store.start().previousHash());
            List<AuditEntry> entries = new java.util.ArrayList<>();
            for (AccessEvent event : events) {
                AccessEvent stored = new AccessEvent(event.at().truncatedTo(ChronoUnit.MILLIS), event.account(),
                        event.role(), event.organisation(), event.citizenId(), event.resource(), event.action(),
                        event.purpose(), event.outcome());
                AuditEntry entry = new AuditEntry(sequence, stored, previous, HashChain.hash(sequence, stored, previous));
                entries.add(entry);
                sequence++;
                previous = entry.hash();
            }
            if (store.appendAll(entries)) {
                return entries;
            }
        }
        throw new IllegalStateException("The audit log's head moved " + MAX_ATTEMPTS + " times in a row");
    }

    @Override
    public ChainVerification verify() {
        ChainStart start = store.start();
        long expected = start.sequence();
        String previous = start.previousHash();
        long checked = 0;
        while (true) {
            List<AuditEntry> batch = store.entries(expected, BATCH);
            for (AuditEntry entry : batch) {
                if (entry.sequence() != expected) {
                    return broken(checked, start, expected, "missing", previous);
                }
                if (!entry.previousHash().equals(previous)) {
                    return broken(checked, start, expected, expected == start.sequence() ? "start" : "changed",
                            previous);
                }
                if (!HashChain.hash(entry.sequence(), entry.event(), previous).equals(entry.hash())) {
                    return broken(checked, start, expected, "changed", previous);
                }
                previous = entry.hash();
                expected++;
                checked++;
            }
            if (batch.size() < BATCH) {
                break;
            }
        }
        // Entries removed from the end leave a shorter chain that is whole: the head hash, noted down outside the
        // system (the verification prints it), is what shows that.
        return new ChainVerification(true, checked, start.sequence(), 0, null, previous);
    }

    private static ChainVerification broken(long checked, ChainStart start, long at, String problem, String previous) {
        return new ChainVerification(false, checked, start.sequence(), at, problem, previous);
    }

    @Override
    public List<CitizenAccess> accessesOf(String citizenId) {
        return store.entriesOf(citizenId).stream().map(AuditEntry::event)
                .map(e -> new CitizenAccess(e.at(), e.role(), e.organisation(), e.action(), e.resource(), e.purpose(),
                        e.outcome()))
                .toList();
    }

    @Override
    public List<AuditEntry> latest(int limit) {
        return store.latest(limit);
    }

    /** Removes the entries past retention; the chain stays verifiable from the first entry kept. */
    int retain() {
        Instant before = clock.instant().minus(Duration.ofDays(retentionDays));
        int removed = store.purge(before);
        if (removed > 0) {
            LOG.info("Audit retention: {} entries older than {} days removed; the chain now starts at entry {}",
                    removed, retentionDays, store.start().sequence());
        }
        return removed;
    }

    private void verifyAndSay() {
        try {
            ChainVerification verification = verify();
            if (verification.intact()) {
                LOG.info("Audit log whole: {} entries from entry {}, head hash {}", verification.checked(),
                        verification.firstSequence(), verification.headHash());
            } else {
                LOG.warn("Audit log BROKEN at entry {} ({}): {} entries before it are whole",
                        verification.brokenAt(), verification.problem(), verification.checked());
            }
        } catch (RuntimeException e) {
            LOG.error("Audit log verification failed: {}", e.getClass().getName());
        }
    }

    private void retainSafely() {
        try {
            retain();
        } catch (RuntimeException e) {
            LOG.error("Audit retention failed: {}", e.getClass().getName());
        }
    }
}
