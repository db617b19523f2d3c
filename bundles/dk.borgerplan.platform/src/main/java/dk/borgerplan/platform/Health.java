package dk.borgerplan.platform;

import java.util.Map;
import java.util.Objects;

/**
 * The state of one part: {@code UP} or {@code DOWN}, with a few operator-facing details (never personal data).
 */
public record Health(Status status, Map<String, Object> details) {

    public enum Status { UP, DOWN }

    public Health {
        Objects.requireNonNull(status, "status");
        details = details == null ? Map.of() : Map.copyOf(details);
    }

    public static Health up(Map<String, Object> details) {
        return new Health(Status.UP, details);
    }

    public static Health down(String reason) {
        return new Health(Status.DOWN, Map.of("reason", reason));
    }

    public boolean isUp() {
        return status == Status.UP;
    }
}
