package dk.borgerplan.platform;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A part of the platform that can say whether it works (the store, a plugin, ...). Registered as a service;
 * {@code GET /api/health} lists every one. A check must be cheap and must never report personal data.
 */
@ConsumerType
public interface HealthCheck {

    /** Short, stable name of the part, e.g. {@code store}. */
    String part();

    /** The current state. Must not throw; report {@link Health#down(String)} instead. */
    Health check();
}
