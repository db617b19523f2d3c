package dk.borgerplan.export.letter.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.commons.text.StringSubstitutor;
import org.apache.commons.text.lookup.StringLookup;

/**
 * A letter template: UTF-8 text, a blank line between paragraphs, a line starting with "# " a heading, and named
 * placeholders {@code ${name}} (write {@code $${name}} for the characters themselves).
 */
final class LetterTemplate {

    static final String MUNICIPALITY = "kommune";
    static final String CITIZEN = "borger";
    static final String MEETING_DATE = "moededato";
    static final String DATE = "dato";
    static final String SENDER = "afsender";
    static final String VIDEO = "video";
    static final String VIDEO_RELATIVES = "video_paaroerende";
    static final Set<String> PLACEHOLDERS = Set.of(MUNICIPALITY, CITIZEN, MEETING_DATE, DATE, SENDER, VIDEO,
            VIDEO_RELATIVES);

    /** One block of the letter: a heading or a paragraph, whose lines are kept as line breaks. */
    record Block(boolean heading, List<String> lines) {
    }

    private final String text;

    LetterTemplate(String text) {
        this.text = text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** The placeholders the template names that no letter can fill; empty when the template is sound. */
    Set<String> unknownPlaceholders() {
        Set<String> unknown = new TreeSet<>();
        StringLookup known = name -> {
            if (!PLACEHOLDERS.contains(name)) {
                unknown.add(name);
            }
            return "";
        };
        substitutor(known).replace(text);
        return unknown;
    }

    /**
     * The letter's blocks with the placeholders filled. Values are inserted as they are: a value that looks like a
     * placeholder is not expanded again, and line breaks in a value become spaces.
     */
    List<Block> fill(Map<String, String> values) {
        StringLookup lookup = name -> {
            String value = values.get(name);
            return value == null ? "" : value.replaceAll("\\s*\\R\\s*", " ");
        };
        return blocks(substitutor(lookup).replace(text));
    }

    private static StringSubstitutor substitutor(StringLookup lookup) {
        StringSubstitutor substitutor = new StringSubstitutor(lookup);
        // A citizen's name must never be read as a template: no substitution inside the values.
        substitutor.setDisableSubstitutionInValues(true);
        substitutor.setEnableSubstitutionInVariables(false);
        return substitutor;
    }

    private static List<Block> blocks(String filled) {
        List<Block> blocks = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        for (String line : (filled + "\n").split("\n", -1)) {
            if (line.isBlank()) {
                flush(blocks, lines);
            } else if (line.startsWith("# ")) {
                flush(blocks, lines);
                blocks.add(new Block(true, List.of(line.substring(2).strip())));
            } else {
                lines.add(line.stripTrailing());
            }
        }
        flush(blocks, lines);
        return blocks;
    }

    private static void flush(List<Block> blocks, List<String> lines) {
        if (!lines.isEmpty()) {
            blocks.add(new Block(false, List.copyOf(lines)));
            lines.clear();
        }
    }
}
