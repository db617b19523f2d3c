package dk.borgerplan.audit;

import java.util.List;

/** The audit log. Entries are only ever appended; old ones leave only by retention. */
public interface AuditLog {

    /** Appends one access and returns it in its place in the chain. */
    AuditEntry record(AccessEvent event);

    /**
     * Appends several accesses at once, in order (e.g. one for every citizen a search showed): all of them or, should
     * the store fail, none.
     */
    default List<AuditEntry> recordAll(List<AccessEvent> events) {
        return events.stream().map(this::record).toList();
    }

    /** Checks every entry from the chain's start to its head. */
    ChainVerification verify();

    /** The accesses to one citizen's data, oldest first, with staff identities replaced by role and organisation. */
    List<CitizenAccess> accessesOf(String citizenId);

    /** The newest {@code limit} entries, newest first: for the administrator's view of the log. */
    List<AuditEntry> latest(int limit);
}
