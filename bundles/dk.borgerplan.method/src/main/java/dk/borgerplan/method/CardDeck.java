package dk.borgerplan.method;

import java.util.List;
import java.util.Objects;

import dk.borgerplan.platform.Text;

/**
 * A deck of picture cards used in the conversation (Aalborg's cards from positive psychology). The pictures are icon
 * concepts, so the active icon packs draw them and a municipality's own pack can replace them.
 */
public record CardDeck(String id, Text title, Text about, List<Card> cards) {

    public CardDeck {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(about, "about");
        cards = List.copyOf(cards);
    }

    /**
     * One picture card.
     *
     * @param id short, stable, lower-case identifier within the deck
     * @param caption the word on the card
     * @param icon the icon concept id of its picture; null when the card is a word only
     */
    public record Card(String id, Text caption, String icon) {

        public Card {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(caption, "caption");
        }
    }
}
