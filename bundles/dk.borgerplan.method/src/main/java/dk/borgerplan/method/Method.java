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

    /** The sheets the method offers to fill in with the citizen (since 1.2). None by default. */
    default List<Sheet> sheets() {
        return List.of();
    }

    /** The card decks the method uses in conversations (since 1.2). None by default. */
    default List<CardDeck> cardDecks() {
        return List.of();
    }

    /**
     * The parts the method adds to each cycle's plan (since 1.2). The answers to its {@link #sheets()} are kept as
     * sections too ({@link Sheet#answers()}); they are not listed here. None by default.
     */
    default List<PlanSection> sections() {
        return List.of();
    }

    /**
     * The ids of the scales the method prefers for scores, most preferred first ({@code fko}); the plan model's
     * configured default is used when none of them is installed (since 1.2). None by default.
     */
    default List<String> preferredScales() {
        return List.of();
    }

    /**
     * The method's own rules for a section's entries, beyond what the fields say (since 1.2): every problem, or none.
     * Called by the plan model before it saves; the entries have already been checked against the fields.
     */
    default List<EntryProblem> check(String sectionId, List<SectionEntry> entries) {
        return List.of();
    }

    /** Figures the method computes from a section's entries, shown with them (since 1.2). None by default. */
    default List<SummaryLine> summarize(String sectionId, List<SectionEntry> entries) {
        return List.of();
    }

    /** A section of this method by id, including the ones that keep its sheets' answers. */
    default java.util.Optional<PlanSection> section(String sectionId) {
        return java.util.stream.Stream.concat(sections().stream(), sheets().stream().map(Sheet::answers))
                .filter(section -> section.id().equals(sectionId)).findFirst();
    }
}
