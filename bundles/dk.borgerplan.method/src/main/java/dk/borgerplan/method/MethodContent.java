package dk.borgerplan.method;

import java.util.List;

/**
 * The texts a method offers besides its name and phases — question guides, sheets, card decks, plan sections — as
 * one value, so that they can be kept in one editable file (see the guides bundle's {@code EditableContent}).
 */
public record MethodContent(List<Guide> guides, List<Sheet> sheets, List<CardDeck> cardDecks,
        List<PlanSection> sections) {

    public static final MethodContent NONE = new MethodContent(List.of(), List.of(), List.of(), List.of());

    public MethodContent {
        guides = guides == null ? List.of() : List.copyOf(guides);
        sheets = sheets == null ? List.of() : List.copyOf(sheets);
        cardDecks = cardDecks == null ? List.of() : List.copyOf(cardDecks);
        sections = sections == null ? List.of() : List.copyOf(sections);
    }
}
