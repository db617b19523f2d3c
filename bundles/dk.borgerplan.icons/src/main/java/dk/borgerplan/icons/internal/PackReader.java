package dk.borgerplan.icons.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import dk.borgerplan.icons.Icon;
import dk.borgerplan.icons.IconPack;
import dk.borgerplan.platform.Text;

/**
 * Reads and validates one icon pack: {@code pack.json} in the pack folder and every picture it names. Collects all
 * problems instead of stopping at the first, so that a pack author can fix them in one go.
 */
final class PackReader {

    static final String DESCRIPTOR = "pack.json";
    static final int MAX_ICON_BYTES = 512 * 1024;
    // pack.json of a large pack (thousands of icons) stays well below this.
    static final int MAX_DESCRIPTOR_BYTES = 8 * 1024 * 1024;

    static final String SVG = "image/svg+xml";
    static final String PNG = "image/png";

    private static final Pattern CONCEPT = Pattern.compile("[a-z0-9]+(\\.[a-z0-9-]+)+");
    private static final Pattern THEME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    // Relative paths inside the pack folder only: no "..", no absolute paths, no odd characters.
    private static final Pattern FILE = Pattern.compile("(?!.*(^|/)\\.\\.?(/|$))[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*");
    private static final Pattern FOLDER = Pattern.compile("(?!.*(^|/)\\.\\.(/|$))[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*");
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    // Pictures may be inlined in pages, so an SVG must be inert and self-contained: no scripts, no event handlers,
    // no embedded HTML, no entities, no references outside the file (which would also tell a third party who looks).
    private static final Pattern ACTIVE_SVG = Pattern.compile(
            "(?is)<script|<foreignObject|<!ENTITY|javascript:|<[^>]*\\son[a-z]+\\s*="
                    + "|href\\s*=\\s*[\"']\\s*(?!#|data:image/(?:png|jpeg|gif|webp)[;,])"
                    + "|url\\(\\s*[\"']?\\s*(?!#|data:image/(?:png|jpeg|gif|webp)[;,])");

    private static final Set<String> PACK_FIELDS = Set.of("name", "licence", "attribution", "icons");
    private static final Set<String> ICON_FIELDS = Set.of("concept", "file", "label", "alt", "keywords", "themes", "licence",
            "attribution");
    private static final Set<String> TEXT_FIELDS = Set.of("da", "en");

    // No modules needed (and findAndRegisterModules cannot see across bundles). Strict, so that a key written twice
    // or text after the object is a problem rather than silently dropped.
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private PackReader() {
    }

    /** The pack, fully read, or the reasons it is refused. */
    static LoadedPack read(PackSource source) throws PackRefused {
        List<String> problems = new ArrayList<>();
        String folder = folder(source.folderHeader(), problems);
        int rank = rank(source.rankHeader(), problems);
        if (!problems.isEmpty()) {
            throw new PackRefused(problems);
        }
        String prefix = folder.isEmpty() ? "" : folder + "/";
        JsonNode root = descriptor(source.files(), prefix);

        unknownFields(root, PACK_FIELDS, "pack.json", problems);
        Text name = text(root.get("name"), "name", problems);
        String licence = requiredString(root.get("licence"), "licence", problems);
        String attribution = optionalString(root.get("attribution"), "attribution", problems);
        JsonNode iconsNode = root.get("icons");
        List<LoadedIcon> icons = new ArrayList<>();
        if (iconsNode == null || !iconsNode.isArray() || iconsNode.isEmpty()) {
            problems.add("icons is missing or empty");
        } else {
            Set<String> concepts = new HashSet<>();
            for (int i = 0; i < iconsNode.size(); i++) {
                LoadedIcon icon = icon(iconsNode.get(i), i, source, prefix, licence, attribution, concepts, problems);
                if (icon != null) {
                    icons.add(icon);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new PackRefused(problems);
        }
        IconPack info = new IconPack(source.packId(), name.da(), source.version(), licence, attribution, icons.size());
        return new LoadedPack(info, rank, source.bundleId(), icons);
    }

    private static String folder(String header, List<String> problems) {
        String folder = header == null ? "" : header.strip();
        while (folder.startsWith("/")) {
            folder = folder.substring(1);
        }
        while (folder.endsWith("/")) {
            folder = folder.substring(0, folder.length() - 1);
        }
        if (folder.isEmpty() || folder.equals(".")) {
            return "";
        }
        if (!FOLDER.matcher(folder).matches()) {
            problems.add("Borgerplan-IconPack must name a folder inside the bundle, not '" + header + "'");
        }
        return folder;
    }

    private static int rank(String header, List<String> problems) {
        if (header == null || header.isBlank()) {
            return 0;
        }
        try {
            return Integer.parseInt(header.strip());
        } catch (NumberFormatException e) {
            problems.add("Borgerplan-IconPack-Rank must be a whole number, not '" + header + "'");
            return 0;
        }
    }

    private static JsonNode descriptor(PackFiles files, String prefix) throws PackRefused {
        String where = prefix + DESCRIPTOR;
        byte[] bytes = readFile(files, where, MAX_DESCRIPTOR_BYTES);
        if (bytes == null) {
            throw new PackRefused(where + " not found");
        }
        if (bytes.length > MAX_DESCRIPTOR_BYTES) {
            throw new PackRefused(where + " is larger than " + MAX_DESCRIPTOR_BYTES / 1024 + " KiB");
        }
        try {
            JsonNode root = JSON.readTree(bytes);
            if (root == null || !root.isObject()) {
                throw new PackRefused(where + " must hold a JSON object");
            }
            return root;
        } catch (JsonProcessingException e) {
            String at = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr();
            throw new PackRefused(where + " is not valid JSON" + at + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new PackRefused(where + " cannot be read: " + e.getMessage());
        }
    }

    private static LoadedIcon icon(JsonNode node, int index, PackSource source, String prefix, String packLicence,
            String packAttribution, Set<String> concepts, List<String> problems) {
        if (node == null || !node.isObject()) {
            problems.add("icons[" + index + "] must be an object");
            return null;
        }
        int before = problems.size();
        String concept = node.path("concept").isTextual() ? node.get("concept").asText() : null;
        String where = "icons[" + index + "]" + (concept == null ? "" : " (" + concept + ")");
        unknownFields(node, ICON_FIELDS, where, problems);
        if (concept == null || !CONCEPT.matcher(concept).matches()) {
            problems.add(where + ": concept must look like theme.egenomsorg (lower case, at least one dot)");
        } else if (!concepts.add(concept)) {
            problems.add(where + ": concept " + concept + " appears more than once");
        }
        Text label = text(node.get("label"), where + ": label", problems);
        Text alt = text(node.get("alt"), where + ": alt", problems);
        List<String> keywords = strings(node.get("keywords"), where + ": keywords", null, problems);
        List<String> themes = strings(node.get("themes"), where + ": themes", THEME, problems);
        // A picture may come from elsewhere under its own licence; without the fields it has the pack's.
        String licence = node.has("licence") ? requiredString(node.get("licence"), where + ": licence", problems)
                : packLicence;
        String attribution = node.has("attribution")
                ? optionalString(node.get("attribution"), where + ": attribution", problems)
                : packAttribution;
        String file = requiredString(node.get("file"), where + ": file", problems);
        byte[] bytes = null;
        String mediaType = null;
        if (file != null) {
            mediaType = mediaType(file);
            if (!FILE.matcher(file).matches()) {
                problems.add(where + ": file " + file + " must be a relative path inside the pack folder");
            } else if (mediaType == null) {
                problems.add(where + ": file " + file + " must be .svg or .png");
            } else {
                bytes = picture(source.files(), prefix + file, mediaType, where, problems);
            }
        }
        if (problems.size() > before) {
            return null;
        }
        Icon icon = new Icon(concept, label, alt, keywords, themes, source.packId(), mediaType, licence, attribution);
        return new LoadedIcon(icon, bytes, etag(source.packId(), source.version(), mediaType, bytes));
    }

    private static byte[] picture(PackFiles files, String file, String mediaType, String where,
            List<String> problems) {
        byte[] bytes;
        try {
            bytes = readFile(files, file, MAX_ICON_BYTES);
        } catch (PackRefused e) {
            problems.add(where + ": " + e.getMessage());
            return null;
        }
        if (bytes == null) {
            problems.add(where + ": file " + file + " not found in the bundle");
        } else {
            String problem = pictureProblem(bytes, mediaType, file);
            if (problem != null) {
                problems.add(where + ": " + problem);
            }
        }
        return bytes;
    }

    /**
     * What is wrong with a picture, or {@code null} if nothing: the rules for pack files, also applied to the
     * override folder.
     */
    static String pictureProblem(byte[] bytes, String mediaType, String file) {
        if (bytes.length > MAX_ICON_BYTES) {
            return "file " + file + " is larger than " + MAX_ICON_BYTES / 1024 + " KiB";
        } else if (mediaType.equals(PNG) && !startsWith(bytes, PNG_SIGNATURE)) {
            return "file " + file + " is not a PNG image";
        } else if (mediaType.equals(SVG)) {
            String svg = new String(bytes, StandardCharsets.UTF_8);
            if (!svg.contains("<svg")) {
                return "file " + file + " is not an SVG image";
            } else if (ACTIVE_SVG.matcher(svg).find()) {
                return "file " + file
                        + " has scripts, event handlers, entities or external references, which are not allowed";
            }
        }
        return null;
    }

    static boolean conceptId(String text) {
        return text != null && CONCEPT.matcher(text).matches();
    }

    private static byte[] readFile(PackFiles files, String path, int max) throws PackRefused {
        try {
            return files.read(path, max);
        } catch (IOException e) {
            throw new PackRefused(path + " cannot be read: " + e.getMessage());
        }
    }

    static String mediaType(String file) {
        String lower = file.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".svg")) {
            return SVG;
        }
        if (lower.endsWith(".png")) {
            return PNG;
        }
        return null;
    }

    /** A strong validator: changes with the pack, its version, the media type or any byte of the picture. */
    static String etag(String packId, String version, String mediaType, byte[] bytes) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String part : List.of(packId, version, mediaType)) {
                digest.update(part.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            digest.update(bytes);
            // 128 bits are plenty to tell versions of one picture apart, and keep the header short.
            return HexFormat.of().formatHex(digest.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private static Text text(JsonNode node, String what, List<String> problems) {
        if (node == null || !node.isObject()) {
            problems.add(what + " must be an object with a Danish text (\"da\")");
            return null;
        }
        unknownFields(node, TEXT_FIELDS, what, problems);
        JsonNode da = node.get("da");
        JsonNode en = node.get("en");
        if (da == null || !da.isTextual() || da.asText().isBlank()) {
            problems.add(what + " has no Danish text");
            return null;
        }
        if (en != null && !en.isTextual()) {
            problems.add(what + ": en must be a text");
            return null;
        }
        return Text.of(da.asText().strip(), en == null || en.asText().isBlank() ? null : en.asText().strip());
    }

    private static String requiredString(JsonNode node, String what, List<String> problems) {
        if (node == null || !node.isTextual() || node.asText().isBlank()) {
            problems.add(what + " is missing");
            return null;
        }
        return node.asText().strip();
    }

    private static String optionalString(JsonNode node, String what, List<String> problems) {
        if (node == null || node.isNull()) {
            return "";
        }
        if (!node.isTextual()) {
            problems.add(what + " must be a text");
            return "";
        }
        return node.asText().strip();
    }

    private static List<String> strings(JsonNode node, String what, Pattern pattern, List<String> problems) {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            problems.add(what + " must be a list of texts");
            return List.of();
        }
        List<String> values = new ArrayList<>();
        for (JsonNode value : node) {
            if (!value.isTextual() || value.asText().isBlank()) {
                problems.add(what + " must hold non-empty texts");
            } else if (pattern != null && !pattern.matcher(value.asText()).matches()) {
                problems.add(what + ": '" + value.asText() + "' must be lower case letters, digits and '-'");
            } else {
                values.add(value.asText().strip());
            }
        }
        return values;
    }

    // Unknown fields are refused so that a typo ("keyword", "lable") does not silently drop data.
    private static void unknownFields(JsonNode node, Set<String> known, String where, List<String> problems) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!known.contains(name)) {
                problems.add(where + ": unknown field '" + name + "'");
            }
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
