package dk.borgerplan.distribution.randers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Thousands of malformed and hostile requests against the running distribution, made from its own OpenAPI document
 * so that a new endpoint is attacked without anyone adding it here: for every JSON body a valid instance is built
 * from the schema and then broken (cut short, a value of the wrong kind at a random place, an unknown field, nesting
 * thousands deep, a number of thousands of digits, a text past the limit, a body over 1 MiB, the wrong media type);
 * every path parameter is replaced by path tricks and injections; and raw requests that no HTTP client would send
 * (bad encodings, NUL bytes, overlong lines) go through a socket. Every answer must be a 4xx without a stack trace
 * or the test CPR number, the server's log must have no error and no CPR number, and nothing may have changed.
 */
class HostileRequestsIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Fictitious (the number the other tests use too); it must never come back or reach the log. */
    private static final String TEST_CPR = "010170-1234";
    private static final Pattern PARAMETER = Pattern.compile("\\{([A-Za-z]+)\\}");
    private static final List<String> LEAKS = List.of("Exception", "\tat ", ".java:", "org.eclipse", "dk.borgerplan.",
            "jakarta.", "SQL", TEST_CPR);
    private static final List<String> PATH_TRICKS = List.of("..", "%2e%2e", "..%2F..%2Fetc%2Fpasswd", "%252e%252e",
            "00000000-0000-0000-0000-000000000000", "%27%20OR%201%3D1--", "%00", "%C0%AE%C0%AE",
            "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "x".repeat(5000), "%F0%9F%98%80", "null", "-1", "9999999999999999999999",
            "%24%7Bjndi%3Aldap%3A%2F%2F127.0.0.1%2Fx%7D", ";", "%0d%0aSet-Cookie:%20x=1", TEST_CPR);

    @TempDir
    Path installation;

    /** Requests the client sent on a connection the server had closed, and sent again on a new one. */
    private int staleConnections;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final Random random = new Random(20261205);
    private final Map<Integer, Integer> statuses = new TreeMap<>();
    private int sent;
    private Api caseworker;
    private Api administrator;
    /** When false, requests go without the CSRF token (and must be refused with 403). */
    private boolean withCsrf = true;
    private int byJetty;

    @Test
    void hostileRequestsGetA4xxLeakNothingAndChangeNothing() throws Exception {
        try (RunningDistribution server = RunningDistribution.start(installation)) {
            caseworker = server.api();
            administrator = server.admin();
            Api api = caseworker;
            Map<String, String> ids = data(api);
            JsonNode openApi = api.get("/api/openapi.json").json();
            List<String> snapshot = List.of("/api/citizens?limit=500", "/api/citizens/" + ids.get("citizenId"),
                    "/api/citizens/" + ids.get("citizenId") + "/plans", "/api/citizens/" + ids.get("citizenId")
                            + "/cycles", "/api/plans/" + ids.get("planId") + "/revisions",
                    "/api/preparation-meetings/" + ids.get("meetingId"), "/api/goals/" + ids.get("goalId"),
                    "/api/goals/" + ids.get("goalId") + "/subgoals",
                    "/api/cycles/" + ids.get("cycleId") + "/sections/randers/inspirationsforloeb",
                    "/api/admin/icon-packs", "/api/admin/icon-packs/log");
            Map<String, String> before = state(snapshot);

            int rounds = 0;
            while (sent < 3000) {
                attackBodies(server.base(), openApi, ids);
                attackPaths(server.base(), openApi);
                rounds++;
            }
            attackRaw(server.base());

            // The right bodies without the session's CSRF token: refused, whatever they say.
            withCsrf = false;
            attackBodies(server.base(), openApi, ids);
            withCsrf = true;

            assertEquals(before, state(snapshot), "nothing changed");
            api.get("/api/health");
            String log = Files.readString(server.installation().resolve("server.log"));
            assertFalse(log.contains(TEST_CPR), "no CPR number in the log");
            assertFalse(log.contains("ERROR"), "no error in the log: " + log.lines().filter(l -> l.contains("ERROR"))
                    .findFirst().orElse(""));
            assertTrue(sent >= 3000, "sent " + sent);
            System.out.printf("HostileRequestsIT: %d requests in %d rounds, statuses %s, %d refused by Jetty "
                    + "before the application, %d sent again after a closed pooled connection%n", sent, rounds,
                    statuses, byJetty, staleConnections);
        }
    }

    /** A citizen with a cycle, a preparation meeting and a sheet entry, a plan with a goal, a method section. */
    private static Map<String, String> data(Api api) {
        Map<String, String> ids = new LinkedHashMap<>();
        String citizen = api.post("/api/citizens", "{\"name\": \"Testborger Angreb\", \"cprNumber\": \"" + TEST_CPR
                + "\"}", null, 201).json().path("id").asText();
        ids.put("citizenId", citizen);
        Api.Answer opened = api.post("/api/citizens/" + citizen + "/cycles", null, null, 201);
        String cycle = opened.json().path("id").asText();
        ids.put("cycleId", cycle);
        String meeting = api.post("/api/preparation-meetings", "{\"cycleId\": \"" + cycle + "\", \"kind\": "
                + "\"INDIVIDUAL\", \"date\": \"" + java.time.LocalDate.now() + "\", \"participants\": [{\"name\": "
                + "\"Testborger Angreb\", \"role\": \"CITIZEN\"}]}", null, 201).json().path("id").asText();
        ids.put("meetingId", meeting);
        String meetingVersion = api.get("/api/preparation-meetings/" + meeting).etag();
        JsonNode sheet = api.post("/api/preparation-meetings/" + meeting + "/entries", "{\"field\": \"DREAMS\", "
                + "\"text\": \"Jeg drømmer om at rejse\"}", meetingVersion, 201).json();
        ids.put("entryId", sheet.findValues("entries").stream().filter(e -> e.size() > 0).findFirst().orElseThrow()
                .get(0).path("id").asText());
        api.post("/api/cycles/" + cycle + "/transitions", "{\"to\": \"PLAN_MEETING\"}", opened.etag(), 200);
        JsonNode plan = api.post("/api/citizens/" + citizen + "/plans", "{\"purpose\": \"Jeg vil klare mig selv\", "
                + "\"goals\": [{\"text\": \"Jeg går en tur hver dag\", \"currentScore\": {\"value\": 2}, "
                + "\"expectedScore\": {\"value\": 1}}]}", null, 201).json();
        ids.put("planId", plan.path("id").asText());
        ids.put("goalId", plan.path("goals").get(0).path("id").asText());
        ids.put("subGoalId", "00000000-0000-0000-0000-000000000001");
        ids.put("methodId", "randers");
        ids.put("sectionId", "inspirationsforloeb");
        ids.put("revision", "1");
        ids.put("pictureId", "00000000-0000-0000-0000-000000000002");
        ids.put("packId", "basic");
        ids.put("scaleId", "fko");
        ids.put("concept", "prep.dreams");
        return ids;
    }

    private Map<String, String> state(List<String> paths) {
        Map<String, String> state = new LinkedHashMap<>();
        for (String path : paths) {
            state.put(path, (path.startsWith("/api/admin") ? administrator : caseworker).get(path).json().toString());
        }
        return state;
    }

    /** Every JSON body of the API, valid but for one hostile change, sent with the current version. */
    private void attackBodies(String base, JsonNode openApi, Map<String, String> ids) throws Exception {
        Iterator<Map.Entry<String, JsonNode>> paths = openApi.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (String method : List.of("post", "put")) {
                JsonNode schema = path.getValue().path(method).path("requestBody").path("content")
                        .path("application/json").path("schema");
                if (schema.isMissingNode()) {
                    continue;
                }
                String url = fill(path.getKey(), ids);
                // The current version wherever there is one, so that the body is what the server judges.
                String etag = etag(base, url);
                JsonNode valid = instance(openApi, schema, 0);
                if (!withCsrf) {
                    HttpResponse<String> refused = send(base, method.toUpperCase(), url, "application/json",
                            valid.toString(), etag);
                    checkAnswered(refused, method, url);
                    // The session's own paths go without the cookie here: a login is refused for its made-up
                    // credentials (or locked by then, after the many failed logins of this test), the rest is 401.
                    boolean login = path.getKey().startsWith("/api/session");
                    assertTrue(login ? refused.statusCode() == 401 || refused.statusCode() == 429
                            : refused.statusCode() == 403, "without the CSRF token: " + method + " " + url + " "
                            + refused.body());
                    continue;
                }
                for (String body : hostile(openApi, schema, valid)) {
                    HttpResponse<String> answer = send(base, method.toUpperCase(), url, "application/json", body, etag);
                    if (answer == null && body.length() > 1 << 20) {
                        // Over the 1 MiB limit the server may answer 413 and close while the client still sends.
                        continue;
                    }
                    assertTrue(answer != null, method + " " + url + ": the connection closed without an answer to a body of "
                            + body.length() + " characters starting " + body.substring(0, Math.min(60, body.length())));
                    check(answer, method, url);
                }
                // The right body in the wrong media type.
                checkAnswered(send(base, method.toUpperCase(), url, "text/plain", valid.toString(), etag), method, url);
                checkAnswered(send(base, method.toUpperCase(), url, null, valid.toString(), etag), method, url);
            }
        }
    }

    /** Every path of the API with each parameter replaced by a trick, with every method it has. */
    private void attackPaths(String base, JsonNode openApi) throws Exception {
        Iterator<Map.Entry<String, JsonNode>> paths = openApi.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (!PARAMETER.matcher(path.getKey()).find()) {
                continue;
            }
            Iterator<String> methods = path.getValue().fieldNames();
            while (methods.hasNext()) {
                String method = methods.next().toUpperCase();
                if (!List.of("GET", "POST", "PUT", "DELETE").contains(method)) {
                    continue;
                }
                String trick = PATH_TRICKS.get(random.nextInt(PATH_TRICKS.size()));
                Matcher matcher = PARAMETER.matcher(path.getKey());
                String url = matcher.replaceAll(Matcher.quoteReplacement(trick));
                HttpResponse<String> answer = send(base, method, url, method.equals("GET") || method.equals("DELETE")
                        ? null : "application/json", method.equals("GET") || method.equals("DELETE") ? null : "{}",
                        "\"1\"");
                if (answer != null) {
                    check(answer, method, path.getKey());
                }
            }
        }
    }

    /** Requests no HTTP client library sends, written to a socket. */
    private void attackRaw(String base) throws Exception {
        URI uri = URI.create(base);
        List<String> requests = List.of(
                "GET /api/citizens/%zz HTTP/1.1\r\nHost: x\r\n\r\n",
                "GET /api/citizens/\u0000 HTTP/1.1\r\nHost: x\r\n\r\n",
                "GET /api/../../etc/passwd HTTP/1.1\r\nHost: x\r\n\r\n",
                "GET /app/../../../../etc/passwd HTTP/1.1\r\nHost: x\r\n\r\n",
                "GET /app/%2e%2e/%2e%2e/etc/passwd HTTP/1.1\r\nHost: x\r\n\r\n",
                "GET /api/citizens?offset=-1 HTTP/1.1\r\nHost: x\r\n\r\n",
                "GET /api/citizens?limit=99999999999999999999 HTTP/1.1\r\nHost: x\r\n\r\n",
                "GET /" + "a".repeat(70_000) + " HTTP/1.1\r\nHost: x\r\n\r\n",
                "GET /api/health HTTP/1.1\r\nHost: x\r\nX-Big: " + "b".repeat(70_000) + "\r\n\r\n",
                "POST /api/citizens HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 5\r\n"
                        + "Transfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
                "POST /api/citizens HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: -1\r\n\r\n",
                "POST /api/citizens HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                        + "Content-Length: 99999999999\r\n\r\n{}",
                "TRACE /api/citizens HTTP/1.1\r\nHost: x\r\n\r\n",
                "BREW /api/citizens HTTP/1.1\r\nHost: x\r\n\r\n",
                "GET /api/citizens HTTP/9.9\r\nHost: x\r\n\r\n");
        for (String request : requests) {
            try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
                socket.setSoTimeout(10_000);
                OutputStream out = socket.getOutputStream();
                // Every request asks the server to close after its answer, so that the answer ends.
                out.write(request.replaceFirst("\r\nHost: x\r\n", "\r\nHost: x\r\nConnection: close\r\n")
                        .getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
                String answer = answer(socket.getInputStream());
                sent++;
                String firstLine = answer.lines().findFirst().orElse("(closed)");
                // No answer at all (the connection closed) is a refusal too; an answer is a 4xx.
                if (!answer.isEmpty()) {
                    int status = Integer.parseInt(firstLine.split(" ")[1]);
                    statuses.merge(status, 1, Integer::sum);
                    // 505 is the answer to a version of HTTP that does not exist; no other 5xx.
                    assertTrue(status >= 400 && status < 500 || status == 505, request.lines().findFirst().orElse("") + " → "
                            + firstLine);
                    for (String leak : LEAKS) {
                        assertFalse(answer.contains(leak), "leaks " + leak + ": " + answer);
                    }
                }
            }
        }
    }

    /** What the server answered before it closed the connection (or went quiet for 10 s), the first 8 KiB. */
    private static String answer(InputStream in) throws IOException {
        java.io.ByteArrayOutputStream read = new java.io.ByteArrayOutputStream();
        byte[] buffer = new byte[4096];
        try {
            int n;
            while (read.size() < 8192 && (n = in.read(buffer)) != -1) {
                read.write(buffer, 0, n);
            }
        } catch (java.net.SocketTimeoutException quiet) {
            assertTrue(read.size() > 0, "no answer within 10 s");
        } catch (java.net.SocketException reset) {
            // The server reset the connection: a refusal without an answer.
        }
        return read.toString(StandardCharsets.ISO_8859_1);
    }

    /** Hostile variants of a valid body. */
    private List<String> hostile(JsonNode openApi, JsonNode schema, JsonNode valid) {
        List<String> bodies = new ArrayList<>();
        String text = valid.toString();
        bodies.add(text.substring(0, random.nextInt(Math.max(1, text.length() - 1))));
        bodies.add(text + "}");
        bodies.add("{" + text);
        bodies.add("[" + text + "]");
        bodies.add("\"" + TEST_CPR + "\"");
        bodies.add("null");
        bodies.add(randomBytes(1 + random.nextInt(200)));
        bodies.add(wrongKindSomewhere(openApi, schema, valid).toString());
        bodies.add(wrongKindSomewhere(openApi, schema, valid).toString());
        bodies.add(unknownField(openApi, schema, valid).toString());
        bodies.add(replaceSomewhere(openApi, schema, valid, "[".repeat(5000) + "]".repeat(5000)));
        bodies.add(replaceSomewhere(openApi, schema, valid, "{\"a\":".repeat(3000) + "1" + "}".repeat(3000)));
        bodies.add(replaceSomewhere(openApi, schema, valid, "9".repeat(5000)));
        bodies.add(replaceSomewhere(openApi, schema, valid, "\"" + "å".repeat(150_000) + "\""));
        if (random.nextInt(10) == 0) {
            bodies.add("{\"name\": \"" + "x".repeat((1 << 20) + 10) + "\"}");
        }
        return bodies;
    }

    private String randomBytes(int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    /** The valid body with one value (chosen at random among all of them) replaced by a value of another kind. */
    private JsonNode wrongKindSomewhere(JsonNode openApi, JsonNode schema, JsonNode valid) {
        JsonNode copy = valid.deepCopy();
        List<Place> places = places(openApi, schema, copy, new ArrayList<>());
        if (places.isEmpty()) {
            return NODES.arrayNode().add(copy);
        }
        Place place = places.get(random.nextInt(places.size()));
        JsonNode current = place.get();
        JsonNode wrong;
        if (current.isTextual()) {
            wrong = random.nextBoolean() ? NODES.numberNode(random.nextInt()) : NODES.objectNode().put(TEST_CPR, 1);
        } else if (current.isNumber()) {
            wrong = random.nextBoolean() ? NODES.textNode(TEST_CPR) : NODES.arrayNode().add(1);
        } else if (current.isBoolean()) {
            wrong = NODES.textNode("ja");
        } else if (current.isArray()) {
            wrong = random.nextBoolean() ? NODES.textNode(TEST_CPR) : NODES.objectNode();
        } else {
            wrong = random.nextBoolean() ? NODES.numberNode(1.5) : NODES.arrayNode().add(TEST_CPR);
        }
        place.set(wrong);
        return copy;
    }

    /** The valid body with a field no schema has, in an object that has fixed fields. */
    private JsonNode unknownField(JsonNode openApi, JsonNode schema, JsonNode valid) {
        JsonNode copy = valid.deepCopy();
        List<Place> objects = places(openApi, schema, copy, new ArrayList<>()).stream()
                .filter(p -> p.get().isObject() && p.fixedFields).toList();
        ObjectNode target = objects.isEmpty() || random.nextBoolean() ? (ObjectNode) copy
                : (ObjectNode) objects.get(random.nextInt(objects.size())).get();
        target.put("cpr" + random.nextInt(100), TEST_CPR);
        return copy;
    }

    private String replaceSomewhere(JsonNode openApi, JsonNode schema, JsonNode valid, String raw) {
        JsonNode copy = valid.deepCopy();
        List<Place> places = places(openApi, schema, copy, new ArrayList<>());
        String marker = "\"__HOSTILE__\"";
        if (places.isEmpty() || random.nextInt(4) == 0) {
            return "{\"x\": " + raw + "}";
        }
        places.get(random.nextInt(places.size())).set(NODES.textNode("__HOSTILE__"));
        return copy.toString().replace(marker, raw);
    }

    /** A place in a body: an object's field or an array's element, and whether its object has fixed fields. */
    private record Place(JsonNode parent, String field, int index, boolean fixedFields) {
        JsonNode get() {
            return field != null ? parent.get(field) : parent.get(index);
        }

        void set(JsonNode value) {
            if (field != null) {
                ((ObjectNode) parent).set(field, value);
            } else {
                ((ArrayNode) parent).set(index, value);
            }
        }
    }

    private List<Place> places(JsonNode openApi, JsonNode schema, JsonNode node, List<Place> found) {
        JsonNode resolved = resolve(openApi, schema);
        if (node.isObject()) {
            boolean fixed = resolved.has("properties");
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                JsonNode fieldSchema = fixed ? resolved.path("properties").path(field.getKey())
                        : resolved.path("additionalProperties");
                found.add(new Place(node, field.getKey(), -1, fixed));
                places(openApi, fieldSchema, field.getValue(), found);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                found.add(new Place(node, null, i, false));
                places(openApi, resolved.path("items"), node.get(i), found);
            }
        }
        return found;
    }

    private static JsonNode resolve(JsonNode openApi, JsonNode schema) {
        JsonNode current = schema;
        for (int i = 0; i < 10 && current.has("$ref"); i++) {
            String name = current.path("$ref").asText().substring("#/components/schemas/".length());
            current = openApi.path("components").path("schemas").path(name);
        }
        if (current.has("oneOf")) {
            for (JsonNode option : current.path("oneOf")) {
                JsonNode resolved = resolve(openApi, option);
                if (!resolved.path("type").asText().equals("null") && !resolved.path("nullable").asBoolean()
                        || resolved.has("enum")) {
                    return resolved;
                }
            }
        }
        return current;
    }

    /** A value for the schema: every property, one element per array, the first of an enum. */
    private JsonNode instance(JsonNode openApi, JsonNode schema, int depth) {
        JsonNode resolved = resolve(openApi, schema);
        if (resolved.has("enum")) {
            return resolved.path("enum").get(0);
        }
        String type = resolved.path("type").asText(resolved.has("properties") ? "object" : "string");
        if (depth > 6) {
            return NODES.textNode("x");
        }
        switch (type) {
            case "object": {
                ObjectNode object = NODES.objectNode();
                Iterator<Map.Entry<String, JsonNode>> properties = resolved.path("properties").fields();
                while (properties.hasNext()) {
                    Map.Entry<String, JsonNode> property = properties.next();
                    object.set(property.getKey(), instance(openApi, property.getValue(), depth + 1));
                }
                if (!resolved.has("properties") && resolved.has("additionalProperties")) {
                    object.set("felt", instance(openApi, resolved.path("additionalProperties"), depth + 1));
                }
                return object;
            }
            case "array":
                return NODES.arrayNode().add(instance(openApi, resolved.path("items"), depth + 1));
            case "integer":
                return NODES.numberNode(1);
            case "number":
                return NODES.numberNode(1.5);
            case "boolean":
                return NODES.booleanNode(true);
            default:
                return NODES.textNode(resolved.path("format").asText().equals("date") ? "2026-12-01" : "Tekst");
        }
    }

    private static String fill(String template, Map<String, String> ids) {
        Matcher matcher = PARAMETER.matcher(template);
        StringBuilder url = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(url, Matcher.quoteReplacement(ids.getOrDefault(matcher.group(1), "x")));
        }
        matcher.appendTail(url);
        return url.toString();
    }

    /** The current ETag of the resource a PUT changes (its own, or for a sub-path, the nearest that has one). */
    private String etag(String base, String url) throws Exception {
        for (String candidate = url; candidate.lastIndexOf('/') > 4; candidate = candidate.substring(0,
                candidate.lastIndexOf('/'))) {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base + candidate))
                    .header("Cookie", (candidate.startsWith("/api/admin") ? administrator : caseworker).cookie())
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() == 200 && answer.headers().firstValue("ETag").isPresent()) {
                return answer.headers().firstValue("ETag").get();
            }
        }
        return "\"1\"";
    }

    /** Sends one request; null when the URL is one the client refuses to send (those go through the socket). */
    private HttpResponse<String> send(String base, String method, String url, String contentType, String body,
            String ifMatch) throws IOException, InterruptedException {
        URI uri;
        try {
            uri = URI.create(base + url);
        } catch (IllegalArgumentException notAUri) {
            return null;
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        Api session = url.startsWith("/api/admin") ? administrator : caseworker;
        if (!url.startsWith("/api/session")) {
            request.header("Cookie", session.cookie());
            if (withCsrf) {
                request.header("X-CSRF-Token", session.csrf());
            }
        }
        sent++;
        HttpRequest built = request.build();
        try {
            return http.send(built, HttpResponse.BodyHandlers.ofString());
        } catch (IOException closed) {
            if (body != null && body.length() <= 1 << 20) {
                // The client may have sent this on a pooled connection the server had just closed after refusing the
                // request before (413 and close): once more on a connection of its own, which the server must answer.
                staleConnections++;
                HttpClient fresh = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(5)).build();
                try {
                    return fresh.send(built, HttpResponse.BodyHandlers.ofString());
                } catch (IOException closedAgain) {
                    statuses.merge(0, 1, Integer::sum);
                    return null;
                }
            }
            // Jetty closes the connection on a request line or header past its limits: a refusal without an answer.
            statuses.merge(0, 1, Integer::sum);
            return null;
        }
    }

    /** A body the server must read and answer: a valid path, at most 1 MiB and a little. */
    private void checkAnswered(HttpResponse<String> answer, String method, String url) {
        assertTrue(answer != null, method + " " + url + ": the connection closed without an answer");
        check(answer, method, url);
    }

    private void check(HttpResponse<String> answer, String method, String url) {
        statuses.merge(answer.statusCode(), 1, Integer::sum);
        String where = method.toUpperCase() + " " + url.substring(0, Math.min(url.length(), 120)) + " → "
                + answer.statusCode() + " " + answer.body().substring(0, Math.min(answer.body().length(), 300));
        // A read may find something (";" is a path parameter to Jetty, so /api/icons/; is the catalogue); it must
        // still never fail. Everything else is refused.
        boolean read = method.equalsIgnoreCase("GET") && answer.statusCode() == 200;
        assertTrue(read || answer.statusCode() >= 400 && answer.statusCode() < 500, where);
        assertFalse(answer.body().contains(TEST_CPR), "the CPR number comes back: " + where);
        if (read) {
            System.out.println("HostileRequestsIT read: " + where.substring(0, Math.min(where.length(), 200)));
            return;
        }
        for (String leak : LEAKS) {
            assertFalse(answer.body().contains(leak), "leaks " + leak + ": " + where);
        }
        // Jetty refuses ambiguous or malformed paths (an encoded dot segment or slash, an empty segment, a NUL, bad
        // UTF-8) with its own short 400,
        // before any filter or servlet runs: no headers of ours there, and nothing of ours to leak.
        boolean refusedByJetty = answer.statusCode() == 400 && (answer.body().isEmpty()
                || answer.body().contains("<h2>HTTP ERROR 400 "));
        if (refusedByJetty) {
            byJetty++;
            return;
        }
        assertEquals("nosniff", answer.headers().firstValue("X-Content-Type-Options").orElse(null), where);
        if (answer.statusCode() != 404 || url.startsWith("/api/")) {
            assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                    where);
        }
    }
}
