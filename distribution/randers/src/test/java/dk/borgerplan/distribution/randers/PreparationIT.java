package dk.borgerplan.distribution.randers;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.inject.Inject;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;

import com.fasterxml.jackson.databind.JsonNode;

import dk.borgerplan.accounts.Role;
import dk.borgerplan.distribution.Http;
import dk.borgerplan.distribution.ResolvedDistribution;

/**
 * The preparation meeting through the real HTTP API of Randers' distribution: a group meeting with the citizen, the
 * contact person and a peer guide; the sheet "Her er mit liv" with entries in all four fields — one by icons only,
 * one with an uploaded drawing (read back byte for byte), one written by the contact person on behalf of the
 * citizen; an SVG or otherwise false picture refused as 400 problem+json; a stale version refused and nothing
 * changed; the parking lot of the previous cycle shown at the next preparation meeting, and the preparation closed
 * once the follow-up has begun.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PreparationIT {

    private static final Path HOME = ResolvedDistribution.freshHome("PreparationIT");
    private static final int PORT = ResolvedDistribution.freePort();

    /** A 12×12 drawing of a house, as a PNG. */
    private static final byte[] DRAWING = Base64.getDecoder().decode("iVBORw0KGgoAAAANSUhEUgAAAAwAAAAMCAIAAADZF8uwAAAA"
            + "PElEQVR42mP4TwRgQONrRJ0AInyKICow1TFgVYGmjgGXCmR1DHhUwNVBTTpho4EVoVhHA0VRRiJARDNFAAnaIO7yT5vfAAAAAElFTkSu"
            + "QmCC");
    private static final byte[] SVG = ("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\">"
            + "<circle r=\"4\"/></svg>").getBytes(StandardCharsets.UTF_8);

    private static final String CITIZEN_NAME = "Testborger Forberedelse";

    @Configuration
    public Option[] configuration() {
        return ResolvedDistribution.ofThisModule().options(HOME, PORT);
    }

    @Inject
    private BundleContext context;

    private Http http;
    /** The port as the framework was started with: inside the framework this class is loaded anew. */
    private int port;

    @Before
    public void healthy() throws Exception {
        // The acting user is the citizen's caseworker, who registers the citizen: every entry is written by her.
        http = Http.of(context, Role.CASEWORKER);
        port = Integer.parseInt(context.getProperty("org.osgi.service.http.port"));
        http.awaitHealthy(30_000);
    }

    // ---- helpers ----

    private String citizen(String name) {
        Http.Response created = http.post("/api/citizens", "{\"name\": \"" + name + "\"}");
        assertEquals(created.body(), 201, created.status());
        return created.json().path("id").asText();
    }

    /** Opens the citizen's cycle and returns its JSON. */
    private JsonNode openCycle(String citizenId) {
        Http.Response opened = http.post("/api/citizens/" + citizenId + "/cycles", null);
        assertEquals(opened.body(), 201, opened.status());
        return opened.json();
    }

    private static String today(int plusDays) {
        return LocalDate.now().plusDays(plusDays).toString();
    }

    private Http.Response register(String cycleId, String kind, String participants) {
        return http.post("/api/preparation-meetings", "{\"cycleId\": \"" + cycleId + "\", \"kind\": \"" + kind
                + "\", \"date\": \"" + today(-3) + "\", \"participants\": " + participants + "}");
    }

    private Http.Response send(String method, String path, String body, String ifMatch) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (body != null) {
            headers.put("Content-Type", "application/json");
        }
        if (ifMatch != null) {
            headers.put("If-Match", ifMatch);
        }
        return http.send(method, path, body, headers);
    }

    /** A raw upload: the bytes as the body, with this Content-Type. */
    private Http.Response upload(String contentType, byte[] body) {
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create("http://127.0.0.1:" + port + "/api/pictures")
                    .toURL().openConnection();
            connection.setRequestMethod("POST");
            connection.setDoOutput(true);
            connection.setRequestProperty("Content-Type", contentType);
            http.sessionHeaders().forEach(connection::setRequestProperty);
            connection.setFixedLengthStreamingMode(body.length);
            try (OutputStream out = connection.getOutputStream()) {
                out.write(body);
            }
            int status = connection.getResponseCode();
            Map<String, String> headers = new LinkedHashMap<>();
            connection.getHeaderFields().forEach((name, values) -> {
                if (name != null) {
                    headers.put(name.toLowerCase(), String.join(",", values));
                }
            });
            InputStream in = status >= 400 ? connection.getErrorStream() : connection.getInputStream();
            return new Http.Response(status, headers, in == null ? "" : new String(in.readAllBytes(),
                    StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Sends only the head of a POST that announces {@code contentLength} bytes, and reads the whole answer: what a
     * server that refuses a body by its announced length says before the body comes.
     */
    private Http.Response announceOnly(String path, String contentType, long contentLength) {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            StringBuilder session = new StringBuilder();
            http.sessionHeaders().forEach((name, value) -> session.append(name).append(": ").append(value).append("\r\n"));
            String head = "POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: " + contentType
                    + "\r\nContent-Length: " + contentLength + "\r\n" + session + "Connection: close\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            byte[] answer = socket.getInputStream().readAllBytes();
            String text = new String(answer, StandardCharsets.ISO_8859_1);
            int end = text.indexOf("\r\n\r\n");
            Map<String, String> headers = new LinkedHashMap<>();
            for (String line : text.substring(0, end).split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0) {
                    headers.put(line.substring(0, colon).trim().toLowerCase(), line.substring(colon + 1).trim());
                }
            }
            java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
            int at = end + 4;
            if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
                for (int size; (size = Integer.parseInt(text.substring(at, text.indexOf("\r\n", at)).trim(), 16)) > 0;) {
                    at = text.indexOf("\r\n", at) + 2;
                    body.write(answer, at, size);
                    at += size + 2;
                }
            } else {
                body.write(answer, at, answer.length - at);
            }
            return new Http.Response(Integer.parseInt(text.substring(9, 12)), headers,
                    body.toString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bytes of a GET, with status and headers. */
    private record Download(int status, Map<String, String> headers, byte[] bytes) {
    }

    private Download download(String path, String ifNoneMatch) {
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create("http://127.0.0.1:" + port + path).toURL()
                    .openConnection();
            if (ifNoneMatch != null) {
                connection.setRequestProperty("If-None-Match", ifNoneMatch);
            }
            http.sessionHeaders().forEach(connection::setRequestProperty);
            int status = connection.getResponseCode();
            Map<String, String> headers = new LinkedHashMap<>();
            connection.getHeaderFields().forEach((name, values) -> {
                if (name != null) {
                    headers.put(name.toLowerCase(), String.join(",", values));
                }
            });
            InputStream in = status >= 400 ? connection.getErrorStream() : connection.getInputStream();
            return new Download(status, headers, in == null ? new byte[0] : in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Asserts a problem+json answer whose first error names the field and the rule. */
    private static JsonNode problem(Http.Response response, int status, String field, String rule) {
        assertEquals(response.body(), status, response.status());
        assertTrue(response.header("Content-Type"),
                response.header("Content-Type").startsWith("application/problem+json"));
        assertFalse("no stack trace", response.body().contains("Exception") || response.body().contains("\tat "));
        JsonNode error = response.json().path("errors").get(0);
        assertNotNull(response.body(), error);
        assertEquals(response.body(), field, error.path("field").asText());
        assertEquals(response.body(), rule, error.path("rule").asText());
        assertFalse(error.path("message").asText().isEmpty());
        return error;
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> values = new java.util.ArrayList<>();
        array.forEach(node -> values.add(node.path(field).asText()));
        return values;
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    // ---- tests ----

    @Test
    public void aGroupMeetingAndItsSheetHerErMitLivThroughTheApi() throws Exception {
        String citizenId = citizen(CITIZEN_NAME);
        String cycleId = openCycle(citizenId).path("id").asText();

        Http.Response created = register(cycleId, "GROUP", "[{\"name\": \"" + CITIZEN_NAME + "\", \"role\": \"CITIZEN\"},"
                + " {\"name\": \"Karin Kontaktperson\", \"role\": \"CONTACT_PERSON\"},"
                + " {\"name\": \"Bo Borgerguide\", \"role\": \"PEER_GUIDE\"}]");
        assertEquals(created.body(), 201, created.status());
        String meeting = created.header("Location");
        assertTrue(meeting, meeting.startsWith("/api/preparation-meetings/"));
        assertEquals("\"1\"", created.header("ETag"));
        JsonNode view = created.json();
        assertEquals(citizenId, view.path("citizenId").asText());
        assertEquals("Gruppeforberedelsesmøde", view.path("kindLabel").asText());
        assertEquals(List.of("Borger", "Mestringsvejleder/kontaktperson", "Borgerguide"),
                texts(view.path("participants"), "roleLabel"));
        assertEquals("Her er mit liv", view.path("sheet").path("title").asText());
        assertEquals(List.of("Jeg vil gerne selv kunne", "Jeg kan", "Mine drømme", "Mine interesser"),
                texts(view.path("sheet").path("fields"), "label"));
        assertEquals(0, view.path("carriedParkingLot").size());

        // The drawing is uploaded first, then placed on the sheet.
        Http.Response uploaded = upload("image/png", DRAWING);
        assertEquals(uploaded.body(), 201, uploaded.status());
        String picture = uploaded.header("Location");
        String pictureId = uploaded.json().path("id").asText();
        assertEquals("/api/pictures/" + pictureId, picture);
        assertEquals("image/png", uploaded.json().path("mediaType").asText());
        assertEquals(DRAWING.length, uploaded.json().path("size").asInt());
        assertEquals(sha256(DRAWING), uploaded.json().path("sha256").asText());

        String entries = meeting + "/entries";
        String etag = created.header("ETag");
        String[] bodies = {
            "{\"field\": \"WISH_TO_MANAGE\", \"text\": \"Lave mad selv\"}",
            "{\"field\": \"CAN_DO\", \"icons\": [\"theme.egenomsorg\", \"theme.mobilitet\"]}",
            "{\"field\": \"DREAMS\", \"text\": \"Mit eget hus\", \"pictureId\": \"" + pictureId + "\"}",
            "{\"field\": \"INTERESTS\", \"text\": \"Fodbold\", \"onBehalfOf\": \"" + CITIZEN_NAME + "\"}" };
        String firstEntry = null;
        for (String body : bodies) {
            Http.Response added = send("POST", entries, body, etag);
            assertEquals(added.body(), 201, added.status());
            assertTrue(added.header("Location"), added.header("Location").startsWith(entries + "/"));
            firstEntry = firstEntry == null ? added.header("Location") : firstEntry;
            etag = added.header("ETag");
        }
        assertEquals("\"5\"", etag);

        Http.Response read = http.get(meeting);
        assertEquals(etag, read.header("ETag"));
        JsonNode fields = read.json().path("sheet").path("fields");
        for (JsonNode field : fields) {
            assertEquals(field.toString(), 1, field.path("entries").size());
        }
        assertEquals("Lave mad selv", fields.get(0).path("entries").get(0).path("text").asText());
        JsonNode iconsOnly = fields.get(1).path("entries").get(0);
        assertTrue(iconsOnly.path("text").isNull());
        assertEquals("theme.mobilitet", iconsOnly.path("icons").get(1).asText());
        JsonNode dream = fields.get(2).path("entries").get(0);
        assertEquals(picture, dream.path("pictureHref").asText());
        JsonNode forTheCitizen = fields.get(3).path("entries").get(0);
        assertEquals(http.accountId(), forTheCitizen.path("writtenBy").path("id").asText());
        assertEquals("Test CASEWORKER", forTheCitizen.path("writtenBy").path("name").asText());
        assertEquals(CITIZEN_NAME, forTheCitizen.path("onBehalfOf").asText());
        assertEquals(http.accountId(), forTheCitizen.path("created").path("by").asText());
        assertTrue(fields.get(0).path("entries").get(0).path("onBehalfOf").isNull());

        Http.Response entry = http.get(firstEntry);
        assertEquals(entry.body(), 200, entry.status());
        assertEquals("WISH_TO_MANAGE", entry.json().path("field").asText());

        // The drawing comes back byte for byte, in its own type, never sniffed, in a private cache only.
        Download drawing = download(picture, null);
        assertEquals(200, drawing.status());
        assertArrayEquals(DRAWING, drawing.bytes());
        assertEquals("image/png", drawing.headers().get("content-type"));
        assertEquals("nosniff", drawing.headers().get("x-content-type-options"));
        assertEquals("\"" + sha256(DRAWING) + "\"", drawing.headers().get("etag"));
        assertTrue(drawing.headers().get("cache-control"), drawing.headers().get("cache-control").contains("private"));
        assertEquals(304, download(picture, drawing.headers().get("etag")).status());

        // An entry is changed and another is added and removed again; every change takes the next version.
        Http.Response changed = send("PUT", firstEntry,
                "{\"field\": \"WISH_TO_MANAGE\", \"text\": \"Lave aftensmad selv\", \"onBehalfOf\": \"" + CITIZEN_NAME
                        + "\"}", etag);
        assertEquals(changed.body(), 200, changed.status());
        assertEquals("\"6\"", changed.header("ETag"));
        Http.Response extra = send("POST", entries, "{\"field\": \"DREAMS\", \"text\": \"Rejse\"}", "\"6\"");
        Http.Response removed = send("DELETE", extra.header("Location"), null, extra.header("ETag"));
        assertEquals(removed.body(), 200, removed.status());
        assertEquals("\"8\"", removed.header("ETag"));
        assertEquals(404, http.get(extra.header("Location")).status());
        JsonNode after = http.get(meeting).json().path("sheet").path("fields");
        assertEquals("Lave aftensmad selv", after.get(0).path("entries").get(0).path("text").asText());
        assertEquals(1, after.get(2).path("entries").size());

        // The meeting's details change; the sheet stays.
        Http.Response individual = send("PUT", meeting, "{\"kind\": \"INDIVIDUAL\", \"date\": \"" + today(-2)
                + "\", \"participants\": [{\"name\": \"" + CITIZEN_NAME + "\", \"role\": \"CITIZEN\"}]}", "\"8\"");
        assertEquals(individual.body(), 200, individual.status());
        assertEquals("Individuelt forberedelsesmøde", individual.json().path("kindLabel").asText());
        int kept = 0;
        for (JsonNode field : individual.json().path("sheet").path("fields")) {
            kept += field.path("entries").size();
        }
        assertEquals(4, kept);

        JsonNode listed = http.get("/api/preparation-meetings?cycleId=" + cycleId).json().path("items");
        assertEquals(1, listed.size());
        assertEquals(9, listed.get(0).path("version").asInt());
    }

    @Test
    public void svgAndOtherFalsePicturesAreRefusedAndNothingIsStored() {
        JsonNode svg = problem(upload("image/svg+xml", SVG), 400, "Content-Type", "pictureType");
        assertEquals("Et billede skal være PNG (image/png) eller JPEG (image/jpeg)", svg.path("message").asText());
        problem(upload("image/png", SVG), 400, "body", "pictureContent");
        problem(upload("image/jpeg", DRAWING), 400, "Content-Type", "pictureTypeMismatch");
        problem(upload("application/json", "{}".getBytes(StandardCharsets.UTF_8)), 400, "Content-Type",
                "pictureType");
        problem(upload("image/png", new byte[0]), 400, "body", "pictureEmpty");

        byte[] huge = new byte[5 * 1024 * 1024 + 1];
        System.arraycopy(DRAWING, 0, huge, 0, DRAWING.length);
        Map<String, String> png = Map.of("Content-Type", "image/png");
        assertEquals(413, http.rawStatus("POST", "/api/pictures", png, huge, false));
        assertEquals(413, http.rawStatus("POST", "/api/pictures", png, huge, true));
        // Refused on its Content-Length alone: the answer comes before a byte of the body is sent.
        Http.Response tooLarge = announceOnly("/api/pictures", "image/png", huge.length);
        problem(tooLarge, 413, "body", "pictureTooLarge");
        assertEquals("Et billede må højst fylde 5 MB", tooLarge.json().path("errors").get(0).path("message").asText());

        assertEquals(404, http.get("/api/pictures/00000000-0000-0000-0000-000000000000").status());
        assertEquals(404, http.get("/api/pictures/not-an-id").status());
    }

    @Test
    public void aStaleOrMissingVersionIsRefusedAndChangesNothing() {
        String cycleId = openCycle(citizen("Testborger Version")).path("id").asText();
        Http.Response created = register(cycleId, "INDIVIDUAL", "[]");
        String meeting = created.header("Location");
        Http.Response added = send("POST", meeting + "/entries", "{\"field\": \"CAN_DO\", \"text\": \"Cykle\"}",
                "\"1\"");
        assertEquals(added.body(), 201, added.status());
        String entry = added.header("Location");
        JsonNode before = http.get(meeting).json();

        problem(send("POST", meeting + "/entries", "{\"field\": \"DREAMS\", \"text\": \"Tabt\"}", null), 428,
                "If-Match", "required");
        assertEquals(412, send("POST", meeting + "/entries", "{\"field\": \"DREAMS\", \"text\": \"Tabt\"}", "\"1\"")
                .status());
        assertEquals(412, send("PUT", entry, "{\"field\": \"CAN_DO\", \"text\": \"Tabt\"}", "\"1\"").status());
        assertEquals(412, send("DELETE", entry, null, "\"1\"").status());
        Http.Response stale = send("PUT", meeting, "{\"kind\": \"GROUP\", \"date\": \"" + today(0) + "\"}", "\"1\"");
        assertEquals(stale.body(), 412, stale.status());
        assertTrue(stale.header("Content-Type").startsWith("application/problem+json"));

        Http.Response after = http.get(meeting);
        assertEquals("\"2\"", after.header("ETag"));
        assertEquals(before, after.json());
    }

    @Test
    public void badInputNamesTheFieldAndTheRule() {
        String citizenId = citizen("Testborger Fejl");
        String cycleId = openCycle(citizenId).path("id").asText();
        String unknown = "00000000-0000-0000-0000-000000000000";

        problem(http.post("/api/preparation-meetings", "{\"kind\": \"GROUP\", \"date\": \"" + today(0) + "\"}"), 400,
                "cycleId", "required");
        problem(http.post("/api/preparation-meetings", "{\"cycleId\": \"" + unknown + "\", \"kind\": \"GROUP\","
                + " \"date\": \"" + today(0) + "\"}"), 400, "cycleId", "unknownCycle");
        problem(register(cycleId, "BIG", "[]"), 400, "kind", "wrongType");
        problem(http.post("/api/preparation-meetings", "{\"cycleId\": \"" + cycleId + "\", \"kind\": \"GROUP\","
                + " \"date\": \"2026-13-40\"}"), 400, "date", "wrongType");
        problem(http.post("/api/preparation-meetings", "{\"cycleId\": \"" + cycleId + "\", \"kind\": \"GROUP\","
                + " \"date\": \"0226-11-19\"}"), 400, "date", "dateOutOfRange");
        problem(http.post("/api/preparation-meetings", "{\"cycleId\": \"" + cycleId + "\", \"kind\": \"GROUP\","
                + " \"date\": \"" + today(0) + "\", \"room\": \"2\"}"), 400, "room", "unknownField");
        problem(register(cycleId, "GROUP", "[{\"name\": \"A\", \"role\": \"CITIZEN\"}, {\"name\": \"B\","
                + " \"role\": \"CITIZEN\"}]"), 400, "participants[1].role", "oneCitizen");
        problem(register(cycleId, "GROUP", "[{\"name\": \" \", \"role\": \"PEER_GUIDE\"}]"), 400,
                "participants[0].name", "required");
        problem(http.get("/api/preparation-meetings"), 400, "cycleId", "required");
        assertEquals(0, http.get("/api/preparation-meetings?cycleId=" + cycleId).json().path("total").asInt());

        String meeting = register(cycleId, "GROUP", "[]").header("Location");
        problem(send("POST", meeting + "/entries", "{\"field\": \"DREAMS\"}", "\"1\""), 400, "text",
                "emptySheetEntry");
        problem(send("POST", meeting + "/entries", "{\"field\": \"DREAMS\", \"pictureId\": \"" + unknown + "\"}",
                "\"1\""), 400, "pictureId", "unknownPicture");
        problem(send("POST", meeting + "/entries", "{\"field\": \"HOPES\", \"text\": \"x\"}", "\"1\""), 400,
                "field", "wrongType");
        problem(send("POST", meeting + "/entries", "{\"field\": \"CAN_DO\", \"icons\": [\"Not an icon\"]}", "\"1\""),
                400, "icons[0]", "iconConcept");
        Http.Response english = http.send("POST", meeting + "/entries", "{\"field\": \"CAN_DO\"}",
                Map.of("Content-Type", "application/json", "If-Match", "\"1\"", "Accept-Language", "en"));
        assertEquals("Write something, choose an icon or add a picture",
                problem(english, 400, "text", "emptySheetEntry").path("message").asText());
        assertEquals("\"1\"", http.get(meeting).header("ETag"));

        assertEquals(404, http.get("/api/preparation-meetings/" + unknown).status());
        assertEquals(404, http.get(meeting + "/entries/" + unknown).status());
        assertEquals(404, send("DELETE", meeting + "/entries/" + unknown, null, "\"1\"").status());
        assertEquals(405, send("DELETE", meeting, null, "\"1\"").status());
        assertEquals(404, http.get("/api/preparation-meetings?cycleId=" + unknown).status());
    }

    @Test
    public void theNextPreparationMeetingShowsTheParkingLotAndAPreparationIsClosedAfterThePlanMeeting() {
        String citizenId = citizen("Testborger Parkering");
        JsonNode cycle = openCycle(citizenId);
        String cycleId = cycle.path("id").asText();
        String cyclePath = "/api/cycles/" + cycleId;
        Http.Response atMeeting = send("POST", cyclePath + "/transitions", "{\"to\": \"PLAN_MEETING\"}", "\"1\"");
        assertEquals(atMeeting.body(), 200, atMeeting.status());

        // The sheet may still be typed in at the plan meeting, where it is brought.
        Http.Response meeting = register(cycleId, "INDIVIDUAL", "[]");
        assertEquals(meeting.body(), 201, meeting.status());
        Http.Response plan = http.post("/api/citizens/" + citizenId + "/plans", """
                {"purpose": "Jeg vil bo i egen lejlighed", "goals": [{"text": "Jeg laver selv mad",
                 "currentScore": {"value": 3}, "expectedScore": {"value": 2}}],
                 "parkingLot": ["Naboens hund gør om natten"]}""");
        assertEquals(plan.body(), 201, plan.status());
        String planTag = plan.header("ETag");
        for (String party : new String[] { "CITIZEN", "PROVIDER", "AUTHORITY" }) {
            Http.Response approved = send("POST", plan.header("Location") + "/approvals",
                    "{\"party\": \"" + party + "\"}", planTag);
            assertEquals(approved.body(), 200, approved.status());
            planTag = approved.header("ETag");
        }
        String cycleTag = atMeeting.header("ETag");
        Http.Response followUp = send("POST", cyclePath + "/transitions", "{\"to\": \"FOLLOW_UP\"}", cycleTag);
        assertEquals(followUp.body(), 200, followUp.status());

        // From the follow-up on, the sheet is kept as it was made.
        problem(send("POST", meeting.header("Location") + "/entries", "{\"field\": \"DREAMS\", \"text\": \"Sent\"}",
                meeting.header("ETag")), 409, "cycle", "preparationOver");
        problem(register(cycleId, "GROUP", "[]"), 409, "cycle", "preparationOver");

        cycleTag = followUp.header("ETag");
        for (String to : new String[] { "TARGETED_EFFORT", "STATUS_REVIEW", "CLOSED" }) {
            if (to.equals("TARGETED_EFFORT")) {
                // The targeted effort needs a sub-goal under the goal.
                String stairs = "/api/goals/" + plan.json().path("goals").get(0).path("id").asText() + "/subgoals";
                Http.Response step = send("POST", stairs, "{\"text\": \"Jeg siger det til Karin\"}", "\"0\"");
                assertEquals(step.body(), 201, step.status());
            }
            if (to.equals("CLOSED")) {
                // The status at the next plan meeting: the goal's new score and outcome, then the cycle closes.
                String goal = "/api/goals/" + plan.json().path("goals").get(0).path("id").asText();
                Http.Response reviewed = send("POST", goal + "/review",
                        "{\"score\": {\"value\": 1}, \"outcome\": \"END\"}", planTag);
                assertEquals(reviewed.body(), 200, reviewed.status());
            }
            Http.Response moved = send("POST", cyclePath + "/transitions", "{\"to\": \"" + to + "\"}", cycleTag);
            assertEquals(to + ": " + moved.body(), 200, moved.status());
            cycleTag = moved.header("ETag");
        }
        String next = http.get("/api/citizens/" + citizenId + "/cycles").json().path("items").get(0).path("id")
                .asText();
        Http.Response nextMeeting = register(next, "GROUP", "[{\"name\": \"Testborger Parkering\", \"role\": \"CITIZEN\"}]");
        assertEquals(nextMeeting.body(), 201, nextMeeting.status());
        assertEquals("Naboens hund gør om natten", nextMeeting.json().path("carriedParkingLot").get(0).asText());
        assertEquals("Naboens hund gør om natten", http.get("/api/preparation-meetings?cycleId=" + next).json().path("items").get(0)
                .path("carriedParkingLot").get(0).asText());
    }
}
