package dk.borgerplan.plan;

/** The citizen or plan asked for does not exist. */
public class NotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String kind;

    public NotFoundException(String kind, String id) {
        super(kind + " " + id + " does not exist");
        this.kind = kind;
    }

    /** {@code citizen} or {@code plan}. */
    public String kind() {
        return kind;
    }
}
