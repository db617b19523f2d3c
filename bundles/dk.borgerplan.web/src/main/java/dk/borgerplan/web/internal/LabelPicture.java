package dk.borgerplan.web.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The picture of a concept that no active pack draws: its label in a neutral frame, so that a plan that names the
 * concept still shows something meaningful. Generated as SVG; the label is escaped, so whatever a pack called the
 * concept cannot add markup.
 */
final class LabelPicture {

    /** What a concept id looks like (the icon packs' rule); anything else has no picture at all. */
    static final Pattern CONCEPT = Pattern.compile("[a-z0-9]+(\\.[a-z0-9-]+)+");

    static final String MEDIA_TYPE = "image/svg+xml";
    private static final int LINE_CHARACTERS = 12;
    private static final int MAX_LINES = 3;

    private LabelPicture() {
    }

    static byte[] svg(String label) {
        List<String> lines = lines(label.strip());
        StringBuilder svg = new StringBuilder()
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 64 64\" role=\"img\">")
                .append("<title>").append(escape(label.strip())).append("</title>")
                .append("<rect x=\"2\" y=\"2\" width=\"60\" height=\"60\" rx=\"8\" fill=\"#f2f2f2\" stroke=\"#767676\""
                        + " stroke-width=\"2\" stroke-dasharray=\"4 3\"/>")
                .append("<text x=\"32\" text-anchor=\"middle\" font-family=\"sans-serif\" font-size=\"9\""
                        + " fill=\"#333\">");
        double first = 32 + 3 - (lines.size() - 1) * 5.5;
        for (int i = 0; i < lines.size(); i++) {
            svg.append("<tspan x=\"32\" y=\"").append(first + i * 11).append("\">").append(escape(lines.get(i)))
                    .append("</tspan>");
        }
        return svg.append("</text></svg>").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A strong validator that cannot equal a pack picture's (those are bare hex). */
    static String etag(byte[] svg) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(svg);
            return "label-" + HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** Words on up to three lines of about twelve characters; what does not fit ends in an ellipsis. */
    static List<String> lines(String label) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : label.split("\\s+")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > LINE_CHARACTERS) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < lines.size() && i < MAX_LINES; i++) {
            String text = lines.get(i);
            boolean cut = text.length() > LINE_CHARACTERS + 4 || (i == MAX_LINES - 1 && lines.size() > MAX_LINES);
            shown.add(cut ? text.substring(0, Math.min(text.length(), LINE_CHARACTERS)) + "…" : text);
        }
        return shown;
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\t') {
                        escaped.append(c); // control characters are not allowed in XML 1.0
                    }
                }
            }
        }
        return escaped.toString();
    }
}
