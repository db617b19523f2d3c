package dk.borgerplan.plan;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when input breaks the plan model's rules; nothing was changed. */
public class ValidationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Violation> violations;

    public ValidationException(List<Violation> violations) {
        super(violations.stream().map(v -> v.field() + ": " + v.rule()).collect(Collectors.joining(", ")));
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
