package dk.borgerplan.method;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

import dk.borgerplan.platform.Text;

/**
 * A municipality's method for working with the citizen on the action plan. Each method plugin registers one as a
 * service, annotated with {@link MethodId} so that the service carries {@value #ID_PROPERTY}; consumers select a
 * method with the filter {@code (method.id=randers)}. Implementations return constant values and must satisfy
 * {@link MethodContract}.
 *
 * <p>Plugins implement this interface, so it only grows by {@code default} methods (a minor version): a plugin built
 * against 1.0 keeps resolving and working when sheets, question guides, card decks and the like are added.
 */
@ConsumerType
public interface Method {

    /** The service property that carries {@link #id()}; set it with {@link MethodId}. */
    String ID_PROPERTY = "method.id";

    /**
     * Short, stable, lower-case identifier used in URLs, filters and stored plans: "randers", "aarhus", "aalborg",
     * "copenhagen". Never changes once plans refer to it.
     */
    String id();

    /** The method's own name, e.g. "Mit liv – Min plan". */
    Text name();

    /** Two or three sentences on what the method is, in the municipality's words. */
    Text description();

    /** The phases the method uses, in the order of {@link Phase}, each at most once, with the method's own names. */
    List<MethodPhase> phases();

    /**
     * The method's own question guides, per phase and theme (since 1.1). The shared guides that every method uses
     * (motivational interviewing, SMART) come from the guides bundle, not from here. None by default.
     */
    default List<Guide> guides() {
        return List.of();
    }
}
