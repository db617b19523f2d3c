package dk.borgerplan.plan;

/** A change was based on a version that is no longer the current one; nothing was changed. */
public class VersionConflictException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long expected;
    private final long current;

    public VersionConflictException(String kind, String id, long expected, long current) {
        super(kind + " " + id + " is at version " + current + ", the change was based on version " + expected);
        this.expected = expected;
        this.current = current;
    }

    public long expected() {
        return expected;
    }

    public long current() {
        return current;
    }
}
