package dk.borgerplan.guides.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiFunction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dk.borgerplan.method.CardDeck;
import dk.borgerplan.method.FieldKind;
import dk.borgerplan.method.Guide;
import dk.borgerplan.method.GuideItem;
import dk.borgerplan.method.MethodContent;
import dk.borgerplan.method.MethodContract;
import dk.borgerplan.method.Phase;
import dk.borgerplan.method.PlanSection;
import dk.borgerplan.method.SectionField;
import dk.borgerplan.method.Sheet;
import dk.borgerplan.method.SheetPrompt;
import dk.borgerplan.platform.Text;

/**
 * Reads a method content file: an object with any of {@code guides}, {@code sheets}, {@code cardDecks} and
 * {@code sections} (the format is in the bundle's README). Everything is checked against the method contract; a file
 * with a problem is refused as a whole, with every problem named by its place in the file.
 */
public final class ContentFile {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> PARTS = Set.of("guides", "sheets", "cardDecks", "sections");

    private ContentFile() {
    }

    /** The content in {@code in}; {@link IllegalArgumentException} listing the problems when it is not a good file. */
    public static MethodContent read(InputStream in) throws IOException {
        JsonNode root = JSON.readTree(in);
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("the file must be an object: {\"guides\": [...], \"sheets\": [...], ...}");
        }
        List<String> problems = new ArrayList<>();
        for (Iterator<String> names = root.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!PARTS.contains(name)) {
                problems.add("'" + name + "' is not a part of a content file (guides, sheets, cardDecks, sections)");
            }
        }
        MethodContent content = new MethodContent(list(root, "guides", ContentFile::guide, problems),
                list(root, "sheets", ContentFile::sheet, problems),
                list(root, "cardDecks", ContentFile::cardDeck, problems),
                list(root, "sections", ContentFile::section, problems));
        MethodContract.contentViolations(problems, content);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        return content;
    }

    private static <T> List<T> list(JsonNode root, String part, BiFunction<JsonNode, String, T> reader,
            List<String> problems) {
        JsonNode nodes = root.get(part);
        if (nodes == null) {
            return List.of();
        }
        if (!nodes.isArray()) {
            problems.add(part + " must be a list");
            return List.of();
        }
        List<T> read = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            String where = part + "[" + i + "]";
            try {
                read.add(reader.apply(nodes.get(i), where));
            } catch (IllegalArgumentException | NullPointerException e) {
                problems.add(where + ": " + e.getMessage());
            }
        }
        return read;
    }

    private static Guide guide(JsonNode node, String where) {
        List<GuideItem> items = new ArrayList<>();
        JsonNode itemNodes = node.path("items");
        for (int j = 0; j < itemNodes.size(); j++) {
            JsonNode item = itemNodes.get(j);
            String at = where + ".items[" + j + "]";
            List<Text> examples = new ArrayList<>();
            for (JsonNode example : item.path("examples")) {
                examples.add(text(example, at + ".examples"));
            }
            items.add(new GuideItem(required(item, "id", at), text(item.get("name"), at + ".name"),
                    text(item.get("what"), at + ".what"), examples));
        }
        return new Guide(required(node, "id", where), phase(node), node.path("theme").asText(null),
                text(node.get("title"), where + ".title"), text(node.get("about"), where + ".about"), items);
    }

    private static Sheet sheet(JsonNode node, String where) {
        List<SheetPrompt> prompts = new ArrayList<>();
        JsonNode promptNodes = node.path("prompts");
        for (int j = 0; j < promptNodes.size(); j++) {
            JsonNode prompt = promptNodes.get(j);
            String at = where + ".prompts[" + j + "]";
            prompts.add(new SheetPrompt(required(prompt, "id", at), text(prompt.get("text"), at + ".text"),
                    prompt.path("icon").asText(null)));
        }
        return new Sheet(required(node, "id", where), phase(node),
                node.has("group") ? text(node.get("group"), where + ".group") : null,
                text(node.get("title"), where + ".title"), text(node.get("about"), where + ".about"), prompts);
    }

    private static CardDeck cardDeck(JsonNode node, String where) {
        List<CardDeck.Card> cards = new ArrayList<>();
        JsonNode cardNodes = node.path("cards");
        for (int j = 0; j < cardNodes.size(); j++) {
            JsonNode card = cardNodes.get(j);
            String at = where + ".cards[" + j + "]";
            cards.add(new CardDeck.Card(required(card, "id", at), text(card.get("caption"), at + ".caption"),
                    card.path("icon").asText(null)));
        }
        return new CardDeck(required(node, "id", where), text(node.get("title"), where + ".title"),
                text(node.get("about"), where + ".about"), cards);
    }

    private static PlanSection section(JsonNode node, String where) {
        List<SectionField> fields = new ArrayList<>();
        JsonNode fieldNodes = node.path("fields");
        for (int j = 0; j < fieldNodes.size(); j++) {
            JsonNode field = fieldNodes.get(j);
            String at = where + ".fields[" + j + "]";
            List<SectionField.Choice> choices = new ArrayList<>();
            JsonNode choiceNodes = field.path("choices");
            for (int k = 0; k < choiceNodes.size(); k++) {
                JsonNode choice = choiceNodes.get(k);
                choices.add(new SectionField.Choice(required(choice, "id", at + ".choices[" + k + "]"),
                        text(choice.get("label"), at + ".choices[" + k + "].label")));
            }
            String kind = required(field, "kind", at);
            FieldKind fieldKind;
            try {
                fieldKind = FieldKind.valueOf(kind.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(at + ".kind '" + kind + "' is not one of "
                        + java.util.Arrays.toString(FieldKind.values()));
            }
            fields.add(new SectionField(required(field, "id", at), text(field.get("label"), at + ".label"),
                    fieldKind, field.path("required").asBoolean(false), choices));
        }
        JsonNode max = node.path("maxEntries");
        if (!max.isMissingNode() && !max.canConvertToInt()) {
            throw new IllegalArgumentException(where + ".maxEntries must be a whole number");
        }
        return new PlanSection(required(node, "id", where), phase(node), text(node.get("title"), where + ".title"),
                text(node.get("about"), where + ".about"), max.asInt(0), fields);
    }

    private static Phase phase(JsonNode node) {
        String phase = node.path("phase").asText(null);
        if (phase == null) {
            return null;
        }
        try {
            return Phase.valueOf(phase.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("phase '" + phase + "' is not PREPARE, DRAFT, USE or RENEW");
        }
    }

    private static String required(JsonNode node, String field, String where) {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new IllegalArgumentException(where + "." + field + " is missing");
        }
        return value.asText();
    }

    private static Text text(JsonNode node, String where) {
        if (node == null || !node.path("da").isTextual() || node.path("da").asText().isBlank()) {
            throw new IllegalArgumentException(where + " needs a Danish text (\"da\")");
        }
        return Text.of(node.path("da").asText(), node.path("en").asText(null));
    }
}
