package dk.borgerplan.guides.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dk.borgerplan.method.Guide;
import dk.borgerplan.method.GuideItem;
import dk.borgerplan.method.MethodContract;
import dk.borgerplan.method.Phase;
import dk.borgerplan.platform.Text;

/**
 * Reads a guides file: {@code {"guides": [{"id", "phase"?, "theme"?, "title": {"da", "en"}, "about": {…},
 * "items": [{"id", "name": {…}, "what": {…}, "examples": [{…}]}]}]}}. Everything is checked; a file with a problem
 * is refused as a whole, with every problem named.
 */
public final class GuideFile {

    private static final ObjectMapper JSON = new ObjectMapper();

    private GuideFile() {
    }

    /** The guides in {@code in}; {@link IllegalArgumentException} listing the problems when it is not a good file. */
    public static List<Guide> read(InputStream in) throws IOException {
        JsonNode root = JSON.readTree(in);
        List<String> problems = new ArrayList<>();
        List<Guide> guides = new ArrayList<>();
        JsonNode list = root == null ? null : root.get("guides");
        if (list == null || !list.isArray()) {
            throw new IllegalArgumentException("the file must be {\"guides\": [...]}");
        }
        for (int i = 0; i < list.size(); i++) {
            JsonNode node = list.get(i);
            String where = "guides[" + i + "]";
            try {
                List<GuideItem> items = new ArrayList<>();
                JsonNode itemNodes = node.path("items");
                for (int j = 0; j < itemNodes.size(); j++) {
                    JsonNode item = itemNodes.get(j);
                    List<Text> examples = new ArrayList<>();
                    for (JsonNode example : item.path("examples")) {
                        examples.add(text(example, where + ".items[" + j + "].examples"));
                    }
                    items.add(new GuideItem(required(item, "id", where + ".items[" + j + "]"),
                            text(item.get("name"), where + ".items[" + j + "].name"),
                            text(item.get("what"), where + ".items[" + j + "].what"), examples));
                }
                String phase = node.path("phase").asText(null);
                guides.add(new Guide(required(node, "id", where),
                        phase == null ? null : Phase.valueOf(phase.toUpperCase(Locale.ROOT)),
                        node.path("theme").asText(null), text(node.get("title"), where + ".title"),
                        text(node.get("about"), where + ".about"), items));
            } catch (IllegalArgumentException | NullPointerException e) {
                problems.add(where + ": " + e.getMessage());
            }
        }
        MethodContract.guideViolations(problems, guides);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        return List.copyOf(guides);
    }

    private static String required(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
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
