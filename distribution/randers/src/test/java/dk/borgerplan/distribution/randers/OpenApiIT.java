package dk.borgerplan.distribution.randers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

/**
 * The OpenAPI document the server serves at {@code /api/openapi.json} matches what the server does.
 *
 * <p>The distribution is started as a process (as {@link LaunchIT} does), the document is read from it, and a scripted
 * walk through the API checks every request and response against the document with Atlassian's
 * swagger-request-validator: an undocumented status, header, body field or path fails. At the end every operation of
 * the document must have been exercised by the walk, and the walk must have used no path the document lacks.
 *
 * <p><b>Adding or changing an endpoint?</b> Change its part of {@code bundles/dk.borgerplan.web/src/main/resources/
 * openapi/openapi.json} and add a step for it to {@link #theDocumentMatchesWhatTheServerDoes()}: this test fails until
 * both are done. Never loosen the checks here to make a document pass.
 */
class OpenApiIT {

    /** Headers of every HTTP answer that the document need not name. Anything else must be documented. */
    private static final Set<String> TRANSPORT_HEADERS = Set.of("content-type", "content-length", "date", "server",
            "transfer-encoding", "connection", "keep-alive", "vary");
    /** On every answer of the server (SecurityHeaders), so checked here on each rather than documented on each. */
    private static final Set<String> SECURITY_HEADERS = Set.of("x-content-type-options", "x-frame-options",
            "referrer-policy", "cross-origin-opener-policy", "cross-origin-resource-policy", "permissions-policy",
            "content-security-policy");
    private static final String UNKNOWN_ID = "00000000-0000-4000-8000-000000000000";
    /** A 12×12 drawing of a house, as a PNG: a picture for the sheet "Her er mit liv". */
    private static final byte[] DRAWING = Base64.getDecoder().decode("iVBORw0KGgoAAAANSUhEUgAAAAwAAAAMCAIAAADZF8uwAAAA"
            + "PElEQVR42mP4TwRgQONrRJ0AInyKICow1TFgVYGmjgGXCmR1DHhUwNVBTTpho4EVoVhHA0VRRiJARDNFAAnaIO7yT5vfAAAAAElFTkSu"
            + "QmCC");
    /** A picture the server refuses: SVG can carry script. */
    private static final byte[] SVG = "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"><circle r=\"4\"/></svg>"
            .getBytes(StandardCharsets.UTF_8);

    @TempDir
    static Path installation;

    private static RunningDistribution server;
    private static String base;
    /** The walk's sessions: the administrator's for /api/admin, the caseworker's for everything else. */
    private static Api caseworker;
    private static Api administrator;
    /** A session the walk may end (logout-everywhere) without ending its own. */
    private static Api spare;
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private OpenApiInteractionValidator validator;
    private OpenAPI document;
    private final Set<String> exercised = new TreeSet<>();
    private final List<String> failures = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        server = RunningDistribution.start(installation);
        base = server.base();
        caseworker = server.api();
        administrator = server.admin();
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void theDocumentMatchesWhatTheServerDoes() throws Exception {
        // (a) The document as the server serves it.
        HttpResponse<byte[]> served = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/openapi.json")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, served.statusCode());
        String text = new String(served.body(), StandardCharsets.UTF_8);
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(text, null, options);
        assertTrue(parsed.getMessages() == null || parsed.getMessages().isEmpty(),
                "the document is valid OpenAPI: " + parsed.getMessages());
        document = parsed.getOpenAPI();
        assertNotNull(document);
        validator = OpenApiInteractionValidator.createForInlineApiSpecification(text)
                // Every finding is an error: nothing the validator can see is let through.
                .withLevelResolver(LevelResolver.create().withDefaultLevel(ValidationReport.Level.ERROR).build())
                .withStrictOperationPathMatching()
                .build();

        // (b) The walk. Each call is checked against the document as it happens.
        Answer root = call("GET", "/", Map.of(), null);
        assertEquals(200, root.status);
        Answer openapi = call("GET", "/api/openapi.json", Map.of(), null);
        assertEquals(200, openapi.status);
        assertEquals(304, call("GET", "/api/openapi.json", Map.of("If-None-Match", openapi.header("ETag")), null).status);
        assertEquals(200, call("GET", "/api/health", Map.of(), null).status);

        // Catalogues, in both languages.
        JsonNode scales = call("GET", "/api/scales", Map.of(), null).json();
        assertTrue(scales.size() > 0);
        assertEquals(200, call("GET", "/api/scales/" + scales.get(0).get("id").asText(), en(), null).status);
        assertEquals(404, call("GET", "/api/scales/no-such-scale", Map.of(), null).status);
        JsonNode themes = call("GET", "/api/themes", en(), null).json();
        assertTrue(themes.size() > 0);
        assertEquals(200, call("GET", "/api/methods", Map.of(), null).status);
        JsonNode guides = call("GET", "/api/guides?phase=DRAFT", en(), null).json();
        assertEquals("shared", guides.get(0).get("source").asText());
        assertEquals("Help for the conversation (motivational interviewing)", guides.get(0).get("title").asText());
        assertEquals(200, call("GET", "/api/guides", Map.of(), null).status);
        assertEquals(400, bad("GET", "/api/guides?phase=SOMETIME", Map.of(), null).status);
        JsonNode icons = call("GET", "/api/icons", Map.of(), null).json();
        assertTrue(icons.size() > 0);
        String concept = icons.get(0).get("concept").asText();
        String iconTheme = icons.get(0).get("themes").size() > 0 ? icons.get(0).get("themes").get(0).asText() : "x";
        assertEquals(200, call("GET", "/api/icons?theme=" + encode(iconTheme), Map.of(), null).status);
        assertEquals(200, call("GET", "/api/icons?q=" + encode(icons.get(0).get("label").asText()), en(), null).status);
        Answer icon = call("GET", "/api/icons/" + concept, Map.of(), null);
        assertEquals(200, icon.status);
        assertEquals(304, call("GET", "/api/icons/" + concept, Map.of("If-None-Match", icon.header("ETag")), null).status);
        assertEquals(404, call("GET", "/api/icons/no-such-concept", Map.of(), null).status);

        // Citizens: register, read, change with If-Match, page, and the bad inputs.
        Answer created = call("POST", "/api/citizens", Map.of(),
                "{\"name\": \"Testborger OpenApi\", \"cprNumber\": \"010170-1234\", \"targetGroups\": [\"AUTISM\"],"
                        + " \"actingMunicipality\": \"730\", \"look\": \"NEUTRAL\"}");
        assertEquals(201, created.status);
        String citizen = created.json().get("id").asText();
        assertEquals(409, call("POST", "/api/citizens", en(),
                "{\"name\": \"Testborger Igen\", \"cprNumber\": \"010170-1234\"}").status);
        assertEquals(400, bad("POST", "/api/citizens", Map.of(), "{\"name\": 3}").status);
        assertEquals(400, bad("POST", "/api/citizens", en(), "{\"name\": \"Testborger\", \"shoeSize\": 44}").status);
        assertEquals(400, bad("POST", "/api/citizens", Map.of(), "{\"name\": ").status);
        assertEquals(415, bad("POST", "/api/citizens", Map.of("Content-Type", "text/plain"), "name").status);
        String other = call("POST", "/api/citizens", Map.of(), "{\"name\": \"Testborger Uden Cpr\"}").json()
                .get("id").asText();

        Answer read = call("GET", "/api/citizens/" + citizen, Map.of(), null);
        assertEquals(200, read.status);
        String citizenTag = read.header("ETag");
        Answer changed = call("PUT", "/api/citizens/" + citizen, Map.of("If-Match", citizenTag),
                "{\"name\": \"Testborger OpenApi\", \"cprNumber\": \"010170-1234\", \"targetGroups\": [\"AUTISM\"],"
                        + " \"offers\": [{\"kind\": \"DAY\","
                        + " \"name\": \"Værkstedet\"}], \"people\": [{\"name\": \"Mor\", \"role\": \"RELATIVE\"}],"
                        + " \"visualPlanOptOut\": false}");
        assertEquals(200, changed.status);
        assertEquals(412, call("PUT", "/api/citizens/" + citizen, Map.of("If-Match", citizenTag),
                "{\"name\": \"Testborger OpenApi\"}").status);
        assertEquals(428, bad("PUT", "/api/citizens/" + citizen, Map.of(), "{\"name\": \"Testborger OpenApi\"}").status);
        assertEquals(404, call("GET", "/api/citizens/" + UNKNOWN_ID, Map.of(), null).status);
        assertEquals(200, call("GET", "/api/citizens/" + citizen + "/cpr", Map.of(), null).status);
        assertEquals(404, call("GET", "/api/citizens/" + other + "/cpr", en(), null).status);
        JsonNode page = call("GET", "/api/citizens?offset=0&limit=1", Map.of(), null).json();
        assertEquals(1, page.get("items").size());
        assertEquals(200, call("GET", "/api/citizens", en(), null).status);
        assertEquals(400, bad("GET", "/api/citizens?offset=-1", Map.of(), null).status);
        assertEquals(400, bad("GET", "/api/citizens?limit=many", en(), null).status);

        // The yearly cycle: open it, move it to the plan meeting.
        Answer opened = call("POST", "/api/citizens/" + citizen + "/cycles", Map.of(), null);
        assertEquals(201, opened.status);
        String cycle = opened.json().get("id").asText();
        assertEquals(409, call("POST", "/api/citizens/" + citizen + "/cycles", Map.of(), null).status);
        assertEquals(200, call("GET", "/api/citizens/" + citizen + "/cycles?offset=0&limit=10", Map.of(), null).status);

        // The caseload: found by part of the name (sent in the body, never in the URL), with what is due.
        JsonNode found = call("POST", "/api/citizens/search", en(), "{\"name\": \"openapi\", \"offset\": 0,"
                + " \"limit\": 10}").json();
        assertEquals(1, found.get("total").asInt());
        assertEquals("PREPARATION", found.get("items").get(0).get("cycle").get("stage").asText());
        assertEquals("PREPARATION_MISSING", found.get("items").get(0).get("due").get(1).get("code").asText());
        JsonNode everyone = call("POST", "/api/citizens/search", Map.of(), "{}").json();
        assertTrue(everyone.get("total").asInt() >= 2, "a blank search finds every citizen (one without a cycle)");
        assertEquals(200, call("POST", "/api/citizens/search", Map.of(), "{\"name\": \"Uden Cpr\"}").status);
        assertEquals(400, bad("POST", "/api/citizens/search", en(), "{\"offset\": -1}").status);
        assertEquals(400, bad("POST", "/api/citizens/search", Map.of(), "{\"name\": \"x\", \"sort\": \"name\"}").status);

        // The preparation (forberedelse), while the cycle is at PREPARATION: a meeting and its sheet "Her er mit liv".
        Answer meeting = call("POST", "/api/preparation-meetings", Map.of(), "{\"cycleId\": \"" + cycle + "\", \"kind\":"
                + " \"GROUP\", \"date\": \"" + java.time.LocalDate.now() + "\", \"participants\": [{\"name\":"
                + " \"Testborger OpenApi\", \"role\": \"CITIZEN\"}, {\"name\": \"Karin\", \"role\": \"CONTACT_PERSON\"}]}");
        assertEquals(201, meeting.status);
        String meetingPath = meeting.header("Location");
        String meetingTag = meeting.header("ETag");
        assertEquals(400, call("POST", "/api/preparation-meetings", en(), "{\"kind\": \"GROUP\", \"date\": \""
                + java.time.LocalDate.now() + "\"}").status);
        assertEquals(1, call("GET", "/api/preparation-meetings?cycleId=" + cycle + "&offset=0&limit=5", en(), null).json()
                .get("total").asInt());
        assertEquals(400, bad("GET", "/api/preparation-meetings", Map.of(), null).status);
        assertEquals(404, call("GET", "/api/preparation-meetings?cycleId=" + UNKNOWN_ID, Map.of(), null).status);
        assertEquals(404, call("GET", "/api/preparation-meetings/" + UNKNOWN_ID, Map.of(), null).status);

        // A drawing is uploaded as it is, then placed on the sheet; SVG and a false type are refused.
        Answer uploaded = exchangeBytes("POST", "/api/pictures", Map.of("Content-Type", "image/png"), DRAWING, true);
        assertEquals(201, uploaded.status);
        String picture = uploaded.header("Location");
        String pictureId = uploaded.json().get("id").asText();
        assertEquals(400, exchangeBytes("POST", "/api/pictures", Map.of("Content-Type", "image/svg+xml"), SVG, false)
                .status);
        assertEquals(400, exchangeBytes("POST", "/api/pictures", Map.of("Content-Type", "image/jpeg",
                "Accept-Language", "en"), DRAWING, true).status);
        Answer drawing = call("GET", picture, Map.of(), null);
        assertEquals(200, drawing.status);
        assertTrue(java.util.Arrays.equals(DRAWING, drawing.body));
        assertEquals(304, call("GET", picture, Map.of("If-None-Match", drawing.header("ETag")), null).status);
        assertEquals(404, call("GET", "/api/pictures/" + UNKNOWN_ID, Map.of(), null).status);

        // The four fields: words, icons, the drawing, and words on the citizen's behalf.
        String entry = null;
        for (String body : List.of("{\"field\": \"WISH_TO_MANAGE\", \"text\": \"Lave mad selv\"}",
                "{\"field\": \"CAN_DO\", \"icons\": [\"" + concept + "\"]}",
                "{\"field\": \"DREAMS\", \"text\": \"Mit eget hus\", \"pictureId\": \"" + pictureId + "\"}",
                "{\"field\": \"INTERESTS\", \"text\": \"Fodbold\", \"onBehalfOf\": \"Testborger OpenApi\"}")) {
            Answer added = call("POST", meetingPath + "/entries", Map.of("If-Match", meetingTag), body);
            assertEquals(201, added.status, added.text());
            entry = entry == null ? added.header("Location") : entry;
            meetingTag = added.header("ETag");
        }
        assertEquals(412, call("POST", meetingPath + "/entries", Map.of("If-Match", "\"1\""),
                "{\"field\": \"DREAMS\", \"text\": \"Forældet\"}").status);
        assertEquals(428, bad("POST", meetingPath + "/entries", Map.of(), "{\"field\": \"DREAMS\", \"text\": \"Uden\"}")
                .status);
        assertEquals(400, call("POST", meetingPath + "/entries", en(Map.of("If-Match", meetingTag)),
                "{\"field\": \"DREAMS\"}").status);
        assertEquals(200, call("GET", entry, en(), null).status);
        assertEquals(404, call("GET", meetingPath + "/entries/" + UNKNOWN_ID, Map.of(), null).status);
        Answer rewritten = call("PUT", entry, Map.of("If-Match", meetingTag),
                "{\"field\": \"WISH_TO_MANAGE\", \"text\": \"Lave aftensmad selv\", \"onBehalfOf\": \"Testborger OpenApi\"}");
        assertEquals(200, rewritten.status);
        meetingTag = rewritten.header("ETag");
        Answer extra = call("POST", meetingPath + "/entries", Map.of("If-Match", meetingTag),
                "{\"field\": \"DREAMS\", \"text\": \"Rejse\"}");
        assertEquals(201, extra.status);
        assertEquals(412, call("DELETE", extra.header("Location"), Map.of("If-Match", meetingTag), null).status);
        Answer removed = call("DELETE", extra.header("Location"), Map.of("If-Match", extra.header("ETag")), null);
        assertEquals(200, removed.status);
        meetingTag = removed.header("ETag");
        Answer details = call("PUT", meetingPath, Map.of("If-Match", meetingTag), "{\"kind\": \"INDIVIDUAL\", \"date\": \""
                + java.time.LocalDate.now() + "\", \"participants\": [{\"name\": \"Testborger OpenApi\", \"role\": \"CITIZEN\"}]}");
        assertEquals(200, details.status);
        assertEquals(428, bad("PUT", meetingPath, Map.of(), "{\"kind\": \"GROUP\"}").status);
        JsonNode sheet = call("GET", meetingPath, Map.of(), null).json().get("sheet").get("fields");
        for (JsonNode field : sheet) {
            assertEquals(1, field.get("entries").size(), field.toString());
        }
        assertEquals(404, call("GET", "/api/cycles/" + UNKNOWN_ID, Map.of(), null).status);
        String cycleTag = call("GET", "/api/cycles/" + cycle, Map.of(), null).header("ETag");
        cycleTag = move(cycle, cycleTag, "PLAN_MEETING");
        assertEquals(409, call("POST", "/api/cycles/" + cycle + "/transitions", Map.of("If-Match", cycleTag),
                "{\"to\": \"STATUS_REVIEW\"}").status);
        assertEquals(400, bad("POST", "/api/cycles/" + cycle + "/transitions", Map.of("If-Match", cycleTag),
                "{\"to\": \"NOWHERE\"}").status);

        // The plan, with three goals (indsatsmål).
        Answer plan = call("POST", "/api/citizens/" + citizen + "/plans", Map.of(), "{\"meeting\": {\"date\": \""
                + java.time.LocalDate.now() + "\", \"participants\": [{\"name\": \"Testborger OpenApi\", \"role\":"
                + " \"CITIZEN\"}, {\"name\": \"Mor\", \"role\": \"RELATIVE\"}]}, \"purpose\": \"Jeg vil klare mig selv\","
                + " \"goals\": [" + goal("Jeg laver mad", 3, 2) + ", " + goal("Jeg tager bussen", 4, 2) + ", "
                + goal("Jeg går en tur", 2, 1) + "], \"parkingLot\": [\"Ferie\"], \"actionPlan\": {\"neededEffort\":"
                + " \"Støtte\", \"specialConditions\": {\"housing\": \"Bofællesskab\"}}}");
        assertEquals(201, plan.status);
        String planId = plan.json().get("id").asText();
        List<String> goals = new ArrayList<>();
        plan.json().get("goals").forEach(g -> goals.add(g.get("id").asText()));
        assertEquals(3, goals.size());

        // A part the method adds to the plan (Randers' inspiration course); a sheet's answers are kept the same way.
        String section = "/api/cycles/" + cycle + "/sections/randers/inspirationsforloeb";
        Answer emptySection = call("GET", section, Map.of(), null);
        assertEquals(200, emptySection.status);
        assertEquals("\"0\"", emptySection.header("ETag"));
        assertEquals(428, bad("PUT", section, Map.of(), "{\"entries\": []}").status);
        Answer badSection = call("PUT", section, en(Map.of("If-Match", "\"0\"")),
                "{\"entries\": [{\"start\": \"i morgen\", \"form\": \"video\"}]}");
        assertEquals(400, badSection.status);
        assertEquals("entries[0].start", badSection.json().get("errors").get(0).get("field").asText());
        assertEquals(400, bad("PUT", section, Map.of("If-Match", "\"0\""), "{\"entries\": [[\"ikke et felt\"]]}")
                .status);
        Answer savedSection = call("PUT", section, Map.of("If-Match", "\"0\""),
                "{\"entries\": [{\"start\": \"2026-12-01\", \"form\": \"video\", \"borgerguide\": \"Anne\"}]}");
        assertEquals(200, savedSection.status);
        String sectionTag = savedSection.header("ETag");
        assertEquals(412, call("PUT", section, Map.of("If-Match", "\"0\""), "{\"entries\": []}").status);
        assertEquals(404, call("GET", "/api/cycles/" + cycle + "/sections/randers/intet-afsnit", Map.of(), null).status);
        assertEquals(404, call("PUT", "/api/cycles/" + UNKNOWN_ID + "/sections/randers/inspirationsforloeb",
                Map.of("If-Match", "\"0\""), "{\"entries\": []}").status);
        assertEquals(409, call("POST", "/api/citizens/" + citizen + "/plans", Map.of(),
                "{\"purpose\": \"Igen\", \"goals\": [" + goal("Jeg læser", 3, 2) + "]}").status);
        assertEquals(400, bad("POST", "/api/citizens/" + citizen + "/plans", en(),
                "{\"purpose\": \"Forkert\", \"goals\": [{\"text\": \"Jeg læser\", \"currentScore\": {\"value\": \"3\"}}]}")
                .status);
        assertEquals(400, call("POST", "/api/citizens/" + other + "/plans", Map.of(), "{\"purpose\": \"Intet mål\"}").status);
        assertEquals(404, call("POST", "/api/citizens/" + UNKNOWN_ID + "/plans", Map.of(),
                "{\"purpose\": \"Ingen borger\", \"goals\": [" + goal("Jeg læser", 3, 2) + "]}").status);

        Answer planRead = call("GET", "/api/plans/" + planId, en(), null);
        String planTag = planRead.header("ETag");
        Answer updated = call("PUT", "/api/plans/" + planId, Map.of("If-Match", planTag),
                "{\"purpose\": \"Jeg vil klare mere selv\", \"goals\": [" + goal(goals.get(0), "Jeg laver mad", 3, 2) + ", "
                        + goal(goals.get(1), "Jeg tager bussen", 4, 2) + ", " + goal(goals.get(2), "Jeg går en tur", 2, 1)
                        + "], \"resourceField\": [{\"text\": \"Jeg er god til dyr\"}], \"notes\": \"Noter\"}");
        assertEquals(200, updated.status);
        assertEquals(412, call("PUT", "/api/plans/" + planId, Map.of("If-Match", planTag),
                "{\"purpose\": \"Forældet\", \"goals\": [" + goal(goals.get(0), "Jeg laver mad", 3, 2) + "]}").status);
        assertEquals(428, bad("PUT", "/api/plans/" + planId, Map.of(), "{\"purpose\": \"Uden version\"}").status);
        assertEquals(404, call("GET", "/api/plans/" + UNKNOWN_ID, Map.of(), null).status);
        planTag = updated.header("ETag");

        // Approvals (godkendelser) by the three parties; a party approves once.
        for (String party : List.of("CITIZEN", "PROVIDER", "AUTHORITY")) {
            Answer approved = call("POST", "/api/plans/" + planId + "/approvals", Map.of("If-Match", planTag),
                    "{\"party\": \"" + party + "\"" + (party.equals("CITIZEN") ? ", \"onBehalfOf\": \"Mor\"" : "") + "}");
            assertEquals(200, approved.status);
            planTag = approved.header("ETag");
        }
        assertEquals(409, call("POST", "/api/plans/" + planId + "/approvals", Map.of("If-Match", planTag),
                "{\"party\": \"CITIZEN\"}").status);
        JsonNode revisions = call("GET", "/api/plans/" + planId + "/revisions", Map.of(), null).json();
        assertTrue(revisions.get("total").asInt() >= 1);
        assertEquals(200, call("GET", "/api/plans/" + planId + "/revisions/1", en(), null).status);
        assertEquals(404, call("GET", "/api/plans/" + planId + "/revisions/99", Map.of(), null).status);
        assertEquals(200, call("GET", "/api/plans/" + planId + "/goals?limit=2", Map.of(), null).status);
        // The plan as documents: each format's media type and start, the options' refusals naming the field.
        Map<String, String> magic = Map.of("pdf", "%PDF-", "png", "\u0089PNG", "docx", "PK", "fhir", "{");
        for (Map.Entry<String, String> format : magic.entrySet()) {
            Answer document = call("GET", "/api/plans/" + planId + "/export/" + format.getKey() + "?paper=A4&look="
                    + "NEUTRAL&lang=en", Map.of(), null);
            assertEquals(200, document.status, format.getKey());
            assertTrue(new String(document.body, StandardCharsets.ISO_8859_1).startsWith(format.getValue()),
                    format.getKey());
            assertTrue(document.header("Content-Disposition").startsWith("attachment; filename=\""), format.getKey());
        }
        Answer wrongPaper = bad("GET", "/api/plans/" + planId + "/export/pdf?paper=A5", en(), null);
        assertEquals(400, wrongPaper.status);
        assertEquals("paper", wrongPaper.json().get("errors").get(0).get("field").asText(), wrongPaper.text());
        assertEquals(404, bad("GET", "/api/plans/" + planId + "/export/odt", Map.of(), null).status);
        Answer letter = call("GET", "/api/citizens/" + citizen + "/export/information-letter", Map.of(), null);
        assertEquals(200, letter.status);
        assertTrue(letter.text().startsWith("%PDF-"));
        assertEquals(400, bad("GET", "/api/citizens/" + citizen + "/export/information-letter?lang=fr", en(), null)
                .status);

        // The year wheel: a plan meeting scheduled, changed, announced, as a calendar file, cancelled; a group
        // preparation meeting of the citizen's area with a sign-up and a withdrawal; the overview and October planning.
        String meetings = "/api/citizens/" + citizen + "/meetings";
        java.time.LocalDate inTenWeeks = java.time.LocalDate.now().plusWeeks(10);
        Answer scheduled = call("POST", meetings, en(), "{\"kind\": \"PLAN_MEETING\", \"start\": \"" + inTenWeeks
                + "T10:00:00\", \"durationMinutes\": 90, \"place\": \"Bofællesskabet\", \"participants\": [{\"name\":"
                + " \"Testborger OpenApi\", \"role\": \"CITIZEN\"}]}");
        assertEquals(201, scheduled.status, scheduled.text());
        String scheduledMeeting = scheduled.header("Location");
        JsonNode overview = call("GET", "/api/year-wheel", en(), null).json();
        assertTrue(overview.toString().contains("NOT_ANNOUNCED"), overview.toString());
        assertEquals(200, call("GET", meetings + "?limit=5", en(), null).status);
        assertEquals(200, call("GET", scheduledMeeting, en(), null).status);
        Answer moved = call("PUT", scheduledMeeting, Map.of("If-Match", scheduled.header("ETag")),
                "{\"kind\": \"PLAN_MEETING\", \"start\": \"" + inTenWeeks + "T13:00:00\", \"durationMinutes\": 60}");
        assertEquals(200, moved.status, moved.text());
        assertEquals(1, moved.json().get("sequence").asInt());
        Answer badStart = bad("POST", meetings, en(), "{\"kind\": \"PLAN_MEETING\", \"durationMinutes\": 60}");
        assertEquals(400, badStart.status);
        assertEquals("start", badStart.json().get("errors").get(0).get("field").asText(), badStart.text());
        Answer announced = call("POST", scheduledMeeting + "/announcement", Map.of("If-Match", moved.header("ETag")),
                null);
        assertEquals(200, announced.status, announced.text());
        assertTrue(announced.json().get("announced").asBoolean());
        Answer invitation = call("GET", scheduledMeeting + "/invitation", en(), null);
        assertEquals(200, invitation.status);
        assertTrue(invitation.text().contains("UID:" + scheduled.json().get("id").asText()), invitation.text());
        Answer cancelled = call("POST", scheduledMeeting + "/cancellation", Map.of("If-Match",
                announced.header("ETag")), null);
        assertEquals(200, cancelled.status, cancelled.text());
        assertTrue(call("GET", scheduledMeeting + "/invitation", en(), null).text().contains("METHOD:CANCEL"));
        assertEquals(412, call("POST", scheduledMeeting + "/cancellation", Map.of("If-Match", announced.header("ETag")),
                null).status);

        Answer group = call("POST", "/api/group-meetings", en(), "{\"area\": \"AUTISM\", \"start\": \""
                + inTenWeeks.minusWeeks(4) + "T13:00:00\", \"durationMinutes\": 120, \"place\": \"Kulturhuset\","
                + " \"capacity\": 1}");
        assertEquals(201, group.status, group.text());
        String groupMeeting = group.header("Location");
        String groupId = group.json().get("id").asText();
        assertEquals(200, call("GET", "/api/group-meetings?area=AUTISM&year=" + inTenWeeks.minusWeeks(4).getYear(),
                en(), null).status);
        assertEquals(400, bad("GET", "/api/group-meetings?area=MARS", en(), null).status);
        Answer joined = call("POST", "/api/citizens/" + citizen + "/group-meetings/" + groupId, en(), null);
        assertEquals(200, joined.status, joined.text());
        assertEquals(0, joined.json().get("freePlaces").asInt());
        assertEquals(200, call("GET", "/api/citizens/" + citizen + "/group-meetings", en(), null).status);
        Answer twice = call("POST", "/api/citizens/" + citizen + "/group-meetings/" + groupId, en(), null);
        assertEquals(400, twice.status);
        assertEquals(200, call("DELETE", "/api/citizens/" + citizen + "/group-meetings/" + groupId, en(), null)
                .status);
        Answer groupRead = call("GET", groupMeeting, en(), null);
        Answer bigger = call("PUT", groupMeeting, Map.of("If-Match", groupRead.header("ETag")), "{\"area\": \"AUTISM\","
                + " \"start\": \"" + inTenWeeks.minusWeeks(4) + "T13:00:00\", \"durationMinutes\": 120, \"capacity\": 10}");
        assertEquals(200, bigger.status, bigger.text());
        assertTrue(call("GET", groupMeeting + "/invitation", en(), null).text().contains("BEGIN:VCALENDAR"));
        assertEquals(200, call("POST", groupMeeting + "/cancellation", Map.of("If-Match", bigger.header("ETag")), null)
                .status);
        JsonNode october = call("GET", "/api/year-wheel/october-planning?year=" + inTenWeeks.getYear(), en(), null)
                .json();
        assertEquals(inTenWeeks.getYear(), october.get("year").asInt());
        assertEquals(400, bad("GET", "/api/year-wheel/october-planning?year=1999", en(), null).status);

        // The progression report across citizens (small groups hidden): JSON, the CSV file, the SVG chart; bad input.
        JsonNode report = call("GET", "/api/reports/progression?groupBy=offer", en(), null).json();
        assertEquals("offer", report.get("groupBy").asText(), report.toString());
        Answer reportFile = call("GET", "/api/reports/progression/export?groupBy=theme&lang=da", Map.of(), null);
        assertEquals(200, reportFile.status);
        assertEquals(0xEF, reportFile.body[0] & 0xFF, "a byte-order mark for Danish spreadsheets");
        assertTrue(reportFile.text().contains("Gruppering;Gruppe;Cyklus;"), reportFile.text());
        Answer chart = call("GET", "/api/reports/progression/chart?groupBy=municipality&cycle=1&lang=en", en(), null);
        assertEquals(200, chart.status);
        assertTrue(chart.text().contains("<svg"), chart.text());
        Answer badGrouping = bad("GET", "/api/reports/progression?groupBy=shoeSize", en(), null);
        assertEquals(400, badGrouping.status);
        assertEquals("groupBy", badGrouping.json().get("errors").get(0).get("field").asText(), badGrouping.text());
        assertEquals(400, bad("GET", "/api/reports/progression/chart?cycle=0", en(), null).status);
        assertEquals(400, bad("GET", "/api/reports/progression/export?lang=fr", en(), null).status);
        assertEquals(200, call("GET", "/api/citizens/" + citizen + "/plans", Map.of(), null).status);
        assertEquals(200, call("GET", "/api/goals/" + goals.get(0), en(), null).status);
        assertEquals(404, call("GET", "/api/goals/" + UNKNOWN_ID, Map.of(), null).status);

        // In use: a goal is closed; reviews wait for the status review.
        assertEquals(428, bad("POST", "/api/cycles/" + cycle + "/transitions", Map.of(), "{\"to\": \"FOLLOW_UP\"}").status);
        String staleCycleTag = cycleTag;
        cycleTag = move(cycle, cycleTag, "FOLLOW_UP");
        assertEquals(412, call("POST", "/api/cycles/" + cycle + "/transitions", Map.of("If-Match", staleCycleTag),
                "{\"to\": \"TARGETED_EFFORT\"}").status);
        Answer closed = call("POST", "/api/goals/" + goals.get(0) + "/closing", Map.of("If-Match", planTag),
                "{\"status\": \"ACHIEVED\"}");
        assertEquals(200, closed.status);
        planTag = closed.header("ETag");
        Answer early = call("POST", "/api/goals/" + goals.get(1) + "/closing", Map.of("If-Match", planTag),
                "{\"status\": \"CLOSED_EARLY\", \"reason\": \"Flyttet\", \"authorityContacted\": true}");
        assertEquals(200, early.status);
        planTag = early.header("ETag");
        assertEquals(409, call("POST", "/api/goals/" + goals.get(2) + "/closing", Map.of("If-Match", planTag),
                "{\"status\": \"ACHIEVED\"}").status);
        assertEquals(400, call("POST", "/api/goals/" + goals.get(2) + "/closing", Map.of("If-Match", planTag),
                "{\"status\": \"CLOSED_EARLY\"}").status);
        assertEquals(412, call("POST", "/api/goals/" + goals.get(2) + "/closing", Map.of("If-Match", "\"1\""),
                "{\"status\": \"ACHIEVED\"}").status);
        assertEquals(428, bad("POST", "/api/goals/" + goals.get(2) + "/closing", Map.of(), "{\"status\": \"ACHIEVED\"}")
                .status);
        assertEquals(409, call("POST", "/api/goals/" + goals.get(2) + "/review", Map.of("If-Match", planTag),
                "{\"score\": {\"value\": 1}, \"outcome\": \"CONTINUE\"}").status);

        // The goal staircase (måltrappen): the targeted effort needs a sub-goal (delmål) for every active goal.
        assertEquals(409, call("POST", "/api/cycles/" + cycle + "/transitions", Map.of("If-Match", cycleTag),
                "{\"to\": \"TARGETED_EFFORT\"}").status);
        String stairs = "/api/goals/" + goals.get(2) + "/subgoals";
        Answer staircase = call("GET", stairs, en(), null);
        assertEquals(200, staircase.status);
        String stairsTag = staircase.header("ETag");
        assertEquals(404, call("GET", "/api/goals/" + UNKNOWN_ID + "/subgoals", Map.of(), null).status);
        Answer overall = call("PUT", stairs + "/overall-goal", Map.of("If-Match", stairsTag),
                "{\"text\": \"Jeg går ture i skoven\"}");
        assertEquals(200, overall.status);
        stairsTag = overall.header("ETag");
        List<String> steps = new ArrayList<>();
        for (String step : List.of("Jeg går til postkassen", "Jeg går rundt om søen")) {
            Answer added = call("POST", stairs, Map.of("If-Match", stairsTag), "{\"text\": \"" + step + "\"}");
            assertEquals(201, added.status, added.text());
            stairsTag = added.header("ETag");
            JsonNode all = added.json().get("steps");
            steps.add(all.get(all.size() - 1).get("id").asText());
        }
        assertEquals(412, call("POST", stairs, Map.of("If-Match", "\"0\""), "{\"text\": \"Forældet\"}").status);
        assertEquals(428, bad("POST", stairs, Map.of(), "{\"text\": \"Uden version\"}").status);
        assertEquals(400, call("POST", stairs, en(Map.of("If-Match", stairsTag)), "{\"text\": \" \"}").status);
        assertEquals(409, call("POST", "/api/goals/" + goals.get(0) + "/subgoals", Map.of("If-Match", "\"0\""),
                "{\"text\": \"Et lukket mål\"}").status);
        assertEquals(400, call("PUT", stairs + "/order", Map.of("If-Match", stairsTag),
                "{\"order\": [\"" + steps.get(0) + "\"]}").status);
        Answer reordered = call("PUT", stairs + "/order", Map.of("If-Match", stairsTag),
                "{\"order\": [\"" + steps.get(1) + "\", \"" + steps.get(0) + "\"]}");
        assertEquals(200, reordered.status);
        stairsTag = reordered.header("ETag");
        Answer completed = call("POST", stairs + "/" + steps.get(1) + "/completion", Map.of("If-Match", stairsTag), null);
        assertEquals(200, completed.status);
        stairsTag = completed.header("ETag");
        assertEquals(409, call("POST", stairs + "/" + steps.get(1) + "/completion", en(Map.of("If-Match", stairsTag)),
                null).status);
        assertEquals(404, call("POST", stairs + "/" + UNKNOWN_ID + "/completion", Map.of("If-Match", stairsTag), null)
                .status);
        Answer replaced = call("POST", stairs + "/" + steps.get(0) + "/replacement", Map.of("If-Match", stairsTag),
                "{\"text\": \"Jeg går til købmanden\"}");
        assertEquals(200, replaced.status);
        assertEquals(428, bad("POST", stairs + "/" + steps.get(0) + "/replacement", Map.of(),
                "{\"text\": \"Uden version\"}").status);

        // The status review: every goal reviewed, then the cycle closes (and the next one opens).
        cycleTag = move(cycle, cycleTag, "TARGETED_EFFORT");
        cycleTag = move(cycle, cycleTag, "STATUS_REVIEW");
        assertEquals(409, call("POST", "/api/cycles/" + cycle + "/transitions", Map.of("If-Match", cycleTag),
                "{\"to\": \"CLOSED\"}").status);
        assertEquals(428, bad("POST", "/api/goals/" + goals.get(2) + "/review", Map.of(),
                "{\"score\": {\"value\": 1}, \"outcome\": \"CONTINUE\"}").status);
        assertEquals(404, call("POST", "/api/goals/" + UNKNOWN_ID + "/review", Map.of("If-Match", planTag),
                "{\"score\": {\"value\": 1}, \"outcome\": \"CONTINUE\"}").status);
        for (int i = 0; i < goals.size(); i++) {
            Answer reviewed = call("POST", "/api/goals/" + goals.get(i) + "/review", Map.of("If-Match", planTag),
                    "{\"score\": {\"value\": 1}, \"outcome\": \"" + (i == 2 ? "CONTINUE" : "END") + "\", \"note\": \"Godt\"}");
            assertEquals(200, reviewed.status);
            planTag = reviewed.header("ETag");
        }
        move(cycle, cycleTag, "CLOSED");
        assertEquals(409, call("PUT", section, Map.of("If-Match", sectionTag), "{\"entries\": []}").status);
        assertEquals(200, call("GET", section, en(), null).status);
        JsonNode cycles = call("GET", "/api/citizens/" + citizen + "/cycles", en(), null).json();
        assertEquals(2, cycles.get("total").asInt());
        assertEquals(200, call("GET", "/api/citizens/" + citizen + "/progression", Map.of(), null).status);
        assertEquals(200, call("GET", "/api/citizens/" + other + "/progression?offset=0&limit=5", en(), null).status);
        assertEquals(200, call("GET", "/api/health", en(), null).status);

        // Icon pack administration, last: it ends as it began (the test pack removed, every pack enabled, the order
        // back to the packs' ranks).
        String admin = "/api/admin/icon-packs";
        JsonNode packs = call("GET", admin, Map.of(), null).json();
        assertTrue(packs.size() > 0);
        String builtIn = null;
        for (JsonNode pack : packs) {
            if (!pack.get("removable").asBoolean()) {
                builtIn = pack.get("id").asText();
                break;
            }
        }
        assertNotNull(builtIn, "a pack built into the distribution: " + packs);
        String testPack = "dk.test.icons.openapi";
        String testConcept = "test.openapi-cirkel";
        Answer installed = exchangeBytes("POST", admin, Map.of("Content-Type", "application/java-archive"),
                TestPackJar.of(testPack, "1.0.0").icon(testConcept, "#c00").bytes(), true);
        assertEquals(201, installed.status, installed.text());
        assertEquals(admin + "/" + testPack, installed.header("Location"));
        assertEquals(200, call("GET", "/api/icons/" + testConcept, Map.of(), null).status);
        Answer newVersion = exchangeBytes("POST", admin, Map.of("Content-Type", "application/java-archive"),
                TestPackJar.of(testPack, "1.0.1").icon(testConcept, "#0c0").bytes(), true);
        assertEquals(200, newVersion.status, newVersion.text());
        assertEquals("1.0.1", newVersion.json().get("version").asText());
        Answer notAPack = exchangeBytes("POST", admin, Map.of("Content-Type", "application/java-archive",
                "Accept-Language", "en"), jarWithoutPack(), true);
        assertEquals(400, notAPack.status);
        assertEquals("body", notAPack.json().get("errors").get(0).get("field").asText());
        assertEquals(415, exchangeBytes("POST", admin, Map.of("Content-Type", "text/plain"), new byte[] {1}, false)
                .status);
        assertEquals(200, call("GET", admin + "/" + testPack, en(), null).status);
        assertEquals(404, call("GET", admin + "/no.such.pack", Map.of(), null).status);
        Answer ordered = call("PUT", admin + "/order", Map.of(), "{\"order\": [\"" + testPack + "\", \"" + builtIn + "\"]}");
        assertEquals(200, ordered.status);
        assertEquals(testPack, ordered.json().get(0).get("id").asText());
        Answer badOrder = call("PUT", admin + "/order", en(), "{\"order\": [\"" + testPack + "\", \"no.such.pack\"]}");
        assertEquals(400, badOrder.status);
        assertEquals("order[1]", badOrder.json().get("errors").get(0).get("field").asText());
        assertEquals(200, call("PUT", admin + "/order", Map.of(), "{\"order\": []}").status);
        Answer disabled = call("POST", admin + "/" + testPack + "/disable", Map.of(), null);
        assertEquals(200, disabled.status);
        assertEquals("disabled", disabled.json().get("state").asText());
        Answer enabled = call("POST", admin + "/" + testPack + "/enable", en(), null);
        assertEquals(200, enabled.status);
        assertEquals("active", enabled.json().get("state").asText());
        assertEquals(404, call("POST", admin + "/no.such.pack/disable", Map.of(), null).status);
        assertEquals(404, call("POST", admin + "/no.such.pack/enable", Map.of(), null).status);
        assertEquals(204, call("DELETE", admin + "/" + testPack, Map.of(), null).status);
        assertEquals(404, call("DELETE", admin + "/no.such.pack", Map.of(), null).status);
        assertEquals(409, call("DELETE", admin + "/" + builtIn, en(), null).status);
        JsonNode log = call("GET", admin + "/log", Map.of(), null).json();
        assertTrue(log.size() >= 7, log.toString());

        // A well-formed concept id no active pack draws: its label in a neutral frame, revalidated like any picture.
        Answer label = call("GET", "/api/icons/" + testConcept, Map.of(), null);
        assertEquals(200, label.status);
        assertTrue(label.header("ETag").startsWith("\"label-"), label.header("ETag"));
        assertTrue(label.text().contains("Test " + testConcept), label.text());
        Answer never = call("GET", "/api/icons/test.ingen-pakke", en(), null);
        assertEquals(200, never.status);
        assertEquals("Accept-Language", never.header("Vary"));
        assertEquals(304, call("GET", "/api/icons/test.ingen-pakke", en(Map.of("If-None-Match", never.header("ETag"))),
                null).status);
        for (JsonNode pack : call("GET", admin, Map.of(), null).json()) {
            assertEquals("active", pack.get("state").asText(), pack.toString());
        }

        // The audit log: the citizen's own view of who looked, and the chain's verification.
        JsonNode accessLog = call("GET", "/api/citizens/" + citizen + "/access-log?offset=0&limit=5", en(), null).json();
        assertTrue(accessLog.get("total").asInt() > 5, accessLog.toString());
        assertEquals(404, call("GET", "/api/citizens/" + UNKNOWN_ID + "/access-log", Map.of(), null).status);
        Answer exported = call("GET", "/api/citizens/" + citizen + "/access-log/export", en(), null);
        assertEquals(200, exported.status);
        assertTrue(exported.text().contains("When;Role;Organisation;Action;What;Why;Outcome"), exported.text());
        assertEquals(404, call("GET", "/api/citizens/" + UNKNOWN_ID + "/access-log/export", Map.of(), null).status);

        JsonNode sharedGoals = call("GET", "/api/citizens/" + citizen + "/goals?offset=0&limit=5", en(), null).json();
        // The walk closed the year and the next cycle has no plan yet: no current goals.
        assertEquals(0, sharedGoals.get("total").asInt(), sharedGoals.toString());
        // Who may see the citizen's data: the registering caseworker's caseload, a team's recorded and ended.
        String relationships = "/api/citizens/" + citizen + "/relationships";
        JsonNode grants = call("GET", relationships + "?offset=0&limit=10", en(), null).json();
        assertEquals("CASEWORKER", grants.get("items").get(0).get("kind").asText(), grants.toString());
        String caseload = grants.get("items").get(0).get("id").asText();
        Answer team = call("POST", relationships, Map.of(), "{\"kind\": \"TEAM\", \"team\": \"Team Syd\"}");
        assertEquals(201, team.status, team.text());
        assertEquals(400, call("POST", relationships, en(), "{\"kind\": \"TEAM\", \"team\": \"Team Syd\"}").status);
        assertEquals(400, call("POST", relationships, Map.of(), "{\"kind\": \"RELATIVE_CONSENT\", \"accountId\": \""
                + UNKNOWN_ID + "\", \"parts\": [\"CPR\"]}").status);
        assertEquals(204, call("DELETE", team.header("Location"), Map.of(), null).status);
        assertEquals(400, call("DELETE", relationships + "/" + caseload, en(), null).status);
        assertEquals(404, call("DELETE", relationships + "/" + UNKNOWN_ID, Map.of(), null).status);
        JsonNode verification = call("GET", "/api/admin/audit/verification", Map.of(), null).json();
        assertTrue(verification.get("intact").asBoolean(), verification.toString());
        JsonNode backup = call("POST", "/api/admin/backups", Map.of(), null).json();
        assertTrue(backup.get("directory").asText().startsWith("backups/"), backup.toString());
        assertTrue(java.nio.file.Files.isDirectory(installation.resolve(backup.get("directory").asText())
                .resolve("borgerplan-db")), backup.toString());

        // The session: who is logged in, a refused login, a password rule, the accounts, and the ways out.
        JsonNode session = call("GET", "/api/session", en(), null).json();
        assertEquals("CASEWORKER", session.get("account").get("role").asText());
        assertEquals(401, call("GET", "/api/session", Map.of("Cookie", "borgerplan-session=gone"), null).status);
        assertEquals(401, call("POST", "/api/session", Map.of("Cookie", ""), "{\"username\": \"sagsbehandler\", "
                + "\"password\": \"forkert\"}").status);
        assertEquals(400, bad("POST", "/api/session", Map.of("Cookie", ""), "{\"username\": 3}").status);
        assertEquals(400, call("PUT", "/api/session/password", en(), "{\"currentPassword\": \"forkert\", "
                + "\"newPassword\": \"en helt ny adgangskode\"}").status);
        // No identity provider is configured here: its addresses do not exist (OidcLoginIT has one).
        assertEquals(404, call("GET", "/api/session/oidc", Map.of("Cookie", ""), null).status);
        assertEquals(404, call("GET", "/api/session/oidc/start", Map.of("Cookie", ""), null).status);
        assertEquals(404, call("GET", "/api/session/oidc/callback?code=x&state=y", Map.of("Cookie", ""), null).status);
        JsonNode accounts = call("GET", "/api/admin/accounts", Map.of(), null).json();
        assertTrue(accounts.size() >= 2);
        Answer made = call("POST", "/api/admin/accounts", Map.of(), "{\"username\": \"karin\", \"displayName\": "
                + "\"Karin Kontaktperson\", \"role\": \"CONTACT_PERSON\", \"organisation\": \"Bostedet Engen\"}");
        assertEquals(201, made.status);
        assertEquals(400, call("POST", "/api/admin/accounts", en(), "{\"username\": \"karin\", \"displayName\": "
                + "\"Karin\", \"role\": \"CONTACT_PERSON\"}").status);
        String karin = made.json().get("account").get("id").asText();
        assertEquals(200, call("POST", "/api/admin/accounts/" + karin + "/password-reset", Map.of(), null).status);
        assertEquals(404, call("POST", "/api/admin/accounts/" + UNKNOWN_ID + "/password-reset", Map.of(), null).status);
        Answer teams = call("PUT", "/api/admin/accounts/" + karin + "/teams", Map.of(), "{\"teams\": [\"Team Syd\"]}");
        assertEquals(200, teams.status, teams.text());
        assertEquals(400, call("PUT", "/api/admin/accounts/" + karin + "/teams", en(), "{\"teams\": [\" \"]}").status);
        assertEquals(404, call("PUT", "/api/admin/accounts/" + UNKNOWN_ID + "/teams", Map.of(), "{\"teams\": []}")
                .status);
        Answer login = call("POST", "/api/session", Map.of("Cookie", ""), "{\"username\": \"sagsbehandler\", "
                + "\"password\": " + Api.quote(server.caseworkerPassword()) + "}");
        assertEquals(200, login.status);
        spare = server.api();
        assertEquals(204, call("POST", "/api/session/logout-everywhere", Map.of(), null).status);
        assertEquals(401, call("GET", "/api/session", Map.of("Cookie", spare.cookie()), null).status,
                "every session of the account ended");
        caseworker = server.api();
        assertEquals(204, call("DELETE", "/api/session", Map.of(), null).status);
        assertEquals(401, call("GET", "/api/session", Map.of(), null).status, "logged out");

        assertTrue(failures.isEmpty(), "the server and /api/openapi.json disagree:\n" + String.join("\n", failures));

        // (c) Every documented operation was exercised, and nothing else was.
        Set<String> documented = new TreeSet<>(operations().keySet());
        Set<String> missed = new TreeSet<>(documented);
        missed.removeAll(exercised);
        assertTrue(missed.isEmpty(), "documented but never exercised by the walk (add a step, or the server lacks it): "
                + missed);
        Set<String> undocumented = new TreeSet<>(exercised);
        undocumented.removeAll(documented);
        assertTrue(undocumented.isEmpty(), "exercised but not documented: " + undocumented);
    }

    private String move(String cycle, String tag, String to) throws Exception {
        Answer moved = call("POST", "/api/cycles/" + cycle + "/transitions", Map.of("If-Match", tag), "{\"to\": \"" + to + "\"}");
        assertEquals(200, moved.status, moved.text());
        return moved.header("ETag");
    }

    private static String goal(String text, int current, int expected) {
        return "{\"text\": \"" + text + "\", \"currentScore\": {\"value\": " + current + "}, \"expectedScore\": {\"value\": "
                + expected + "}}";
    }

    private static String goal(String id, String text, int current, int expected) {
        return "{\"id\": \"" + id + "\", " + goal(text, current, expected).substring(1);
    }

    /** A jar that is a bundle but no icon pack: it lacks the Borgerplan-IconPack header. */
    private static byte[] jarWithoutPack() throws IOException {
        java.util.jar.Manifest manifest = new java.util.jar.Manifest();
        manifest.getMainAttributes().put(java.util.jar.Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().putValue("Bundle-ManifestVersion", "2");
        manifest.getMainAttributes().putValue("Bundle-SymbolicName", "dk.test.not.a.pack");
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.jar.JarOutputStream out = new java.util.jar.JarOutputStream(bytes, manifest)) {
            out.putNextEntry(new java.util.jar.JarEntry("readme.txt"));
            out.write("no icons here".getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    private static Map<String, String> en() {
        return Map.of("Accept-Language", "en");
    }

    /** These headers and {@code Accept-Language: en}. */
    private static Map<String, String> en(Map<String, String> headers) {
        Map<String, String> all = new LinkedHashMap<>(headers);
        all.put("Accept-Language", "en");
        return all;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A call whose request follows the document: both the request and the response are checked. */
    private Answer call(String method, String pathAndQuery, Map<String, String> headers, String body) throws Exception {
        return exchange(method, pathAndQuery, headers, body, true);
    }

    /** A call whose request breaks the document on purpose (a bad input): only the response is checked. */
    private Answer bad(String method, String pathAndQuery, Map<String, String> headers, String body) throws Exception {
        return exchange(method, pathAndQuery, headers, body, false);
    }

    private Answer exchange(String method, String pathAndQuery, Map<String, String> headers, String body,
            boolean requestFollowsDocument) throws Exception {
        Map<String, String> sent = new LinkedHashMap<>(headers);
        if (body != null) {
            sent.putIfAbsent("Content-Type", "application/json");
        }
        return exchange(method, pathAndQuery, sent,
                body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8),
                checked -> {
                    if (body != null) {
                        checked.withBody(body);
                    }
                }, requestFollowsDocument);
    }

    /**
     * A call with a body of bytes sent as they are (a picture): {@code headers} name its Content-Type. Checked as
     * {@link #exchange(String, String, Map, String, boolean)} checks a JSON call.
     */
    private Answer exchangeBytes(String method, String pathAndQuery, Map<String, String> headers, byte[] body,
            boolean requestFollowsDocument) throws Exception {
        assertTrue(headers.containsKey("Content-Type"), "a body of bytes names its Content-Type");
        return exchange(method, pathAndQuery, new LinkedHashMap<>(headers), HttpRequest.BodyPublishers.ofByteArray(body),
                checked -> checked.withBody(body), requestFollowsDocument);
    }

    private Answer exchange(String method, String pathAndQuery, Map<String, String> sent,
            HttpRequest.BodyPublisher publisher, java.util.function.Consumer<SimpleRequest.Builder> checkedBody,
            boolean requestFollowsDocument) throws Exception {
        // The walk's session for this path (a header the step gives, e.g. an empty Cookie, wins).
        Api session = pathAndQuery.startsWith("/api/session/logout-everywhere") && spare != null ? spare
                : pathAndQuery.startsWith("/api/admin") ? administrator : caseworker;
        if (session != null && !sent.containsKey("Cookie")) {
            sent.put("Cookie", session.cookie());
            sent.put("X-CSRF-Token", session.csrf());
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + pathAndQuery)).timeout(Duration.ofSeconds(20))
                .method(method, publisher);
        sent.forEach(request::header);
        HttpResponse<byte[]> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        Answer answer = new Answer(response.statusCode(), response.headers().map(), response.body());

        URI uri = URI.create(pathAndQuery);
        String path = uri.getRawPath();
        String step = method + " " + pathAndQuery + " -> " + answer.status;
        String operation = operationOf(method, path);
        if (operation == null) {
            failures.add(step + ": no documented operation for this path and method");
            return answer;
        }
        exercised.add(operation);

        SimpleRequest.Builder checked = new SimpleRequest.Builder(method, path);
        sent.forEach(checked::withHeader);
        checkedBody.accept(checked);
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                String[] nameValue = pair.split("=", 2);
                checked.withQueryParam(decode(nameValue[0]), nameValue.length > 1 ? decode(nameValue[1]) : "");
            }
        }
        SimpleResponse.Builder checkedResponse = SimpleResponse.Builder.status(answer.status);
        answer.headers.forEach((name, values) -> checkedResponse.withHeader(name, values));
        if (answer.body.length > 0) {
            checkedResponse.withBody(answer.body);
        }
        ValidationReport report = requestFollowsDocument
                ? validator.validate(checked.build(), checkedResponse.build())
                : validator.validateResponse(path, Request.Method.valueOf(method), checkedResponse.build());
        for (ValidationReport.Message message : report.getMessages()) {
            if (message.getLevel() == ValidationReport.Level.ERROR) {
                failures.add(step + ": [" + message.getKey() + "] " + message.getMessage()
                        + (message.getAdditionalInfo().isEmpty() ? "" : " " + message.getAdditionalInfo()));
            }
        }
        // The validator checks documented headers; an undocumented one (ETag, Location, …) is caught here.
        ApiResponse documented = operations().get(operation).getResponses().get(String.valueOf(answer.status));
        if (documented == null) {
            failures.add(step + ": status " + answer.status + " is not documented for " + operation);
        } else {
            Set<String> named = documented.getHeaders() == null ? Set.of()
                    : documented.getHeaders().keySet().stream().map(h -> h.toLowerCase(Locale.ROOT))
                            .collect(Collectors.toSet());
            Set<String> present = new java.util.HashSet<>();
            for (String header : answer.headers.keySet()) {
                String name = header.toLowerCase(Locale.ROOT);
                present.add(name);
                if (!TRANSPORT_HEADERS.contains(name) && !SECURITY_HEADERS.contains(name) && !named.contains(name)) {
                    failures.add(step + ": header " + header + " is not documented");
                }
            }
            for (String security : SECURITY_HEADERS) {
                if (!present.contains(security)) {
                    failures.add(step + ": security header " + security + " is missing");
                }
            }
        }
        return answer;
    }

    private static String decode(String value) {
        return java.net.URLDecoder.decode(value, StandardCharsets.UTF_8);
    }

    /** Every operation of the document as {@code METHOD /template}. */
    private Map<String, Operation> operations() {
        Map<String, Operation> operations = new LinkedHashMap<>();
        document.getPaths().forEach((template, item) -> item.readOperationsMap()
                .forEach((method, operation) -> operations.put(method.name() + " " + template, operation)));
        return operations;
    }

    /** The documented operation a concrete call is: the template that matches with the fewest parameters. */
    private String operationOf(String method, String path) {
        String best = null;
        int fewest = Integer.MAX_VALUE;
        for (Map.Entry<String, PathItem> entry : document.getPaths().entrySet()) {
            String template = entry.getKey();
            Pattern pattern = Pattern.compile(
                    Pattern.quote(template).replaceAll("\\{[^}/]+}", "\\\\E[^/]+\\\\Q"));
            boolean has = entry.getValue().readOperationsMap().keySet().stream()
                    .anyMatch(m -> m.name().equals(method));
            int parameters = template.split("\\{", -1).length - 1;
            if (has && pattern.matcher(path).matches() && parameters < fewest) {
                best = method + " " + template;
                fewest = parameters;
            }
        }
        return best;
    }

    private record Answer(int status, Map<String, List<String>> headers, byte[] body) {

        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElseThrow(() -> new AssertionError("no " + name));
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        JsonNode json() throws IOException {
            return JSON.readTree(body);
        }
    }
}
