package dk.borgerplan.method;

import java.util.List;
import java.util.Objects;

import org.osgi.annotation.versioning.ConsumerType;

import dk.borgerplan.platform.Text;

/**
 * A method whose description does not change while it runs: a plugin extends this with its id, name, description
 * and phases, and registers itself as a {@link Method} service (with {@link MethodId}). Saves every plugin the same
 * four getters, and serves the guides, sheets, card decks and sections from one {@link #content()}.
 */
@ConsumerType
public abstract class FixedMethod implements Method {

    private final String id;
    private final Text name;
    private final Text description;
    private final List<MethodPhase> phases;

    protected FixedMethod(String id, Text name, Text description, List<MethodPhase> phases) {
        this.id = Objects.requireNonNull(id, "id");
        this.name = Objects.requireNonNull(name, "name");
        this.description = Objects.requireNonNull(description, "description");
        this.phases = List.copyOf(phases);
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final Text name() {
        return name;
    }

    @Override
    public final Text description() {
        return description;
    }

    @Override
    public final List<MethodPhase> phases() {
        return phases;
    }

    /**
     * The method's guides, sheets, card decks and sections; a plugin returns its editable content file here (the
     * guides bundle's {@code EditableContent}). None by default.
     */
    protected MethodContent content() {
        return MethodContent.NONE;
    }

    @Override
    public List<Guide> guides() {
        return content().guides();
    }

    @Override
    public List<Sheet> sheets() {
        return content().sheets();
    }

    @Override
    public List<CardDeck> cardDecks() {
        return content().cardDecks();
    }

    @Override
    public List<PlanSection> sections() {
        return content().sections();
    }
}
