package dk.borgerplan.plan;

/** A citizen with the same CPR number is registered already. The message never contains the number. */
public class DuplicateCitizenException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String existingId;

    public DuplicateCitizenException(String existingId) {
        super("A citizen with this CPR number exists: " + existingId);
        this.existingId = existingId;
    }

    public String existingId() {
        return existingId;
    }
}
