package dk.borgerplan.fhir.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import dk.borgerplan.fhir.FhirOptions;
import dk.borgerplan.plan.Citizen;
import dk.borgerplan.plan.Plan;
import dk.borgerplan.scales.internal.BundledScaleCatalog;

/** Every export is validated against base FHIR R4 with HAPI's validator; one validator serves the whole class. */
class FhirPlanExporterTest {

    private static FhirValidator validator;
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final FhirPlanExporter exporter = new FhirPlanExporter(new BundledScaleCatalog(),
            Clock.fixed(Instant.parse("2028-03-05T12:00:00Z"), ZoneOffset.UTC));

    @BeforeAll
    static void validator() {
        // The first validation loads the R4 definitions (several seconds): done once for the class.
        FhirContext context = FhirContext.forR4();
        ValidationSupportChain chain = new ValidationSupportChain(new DefaultProfileValidationSupport(context),
                new InMemoryTerminologyServerValidationSupport(context),
                new CommonCodeSystemsTerminologyService(context));
        FhirInstanceValidator module = new FhirInstanceValidator(chain);
        validator = context.newValidator().registerValidatorModule(module);
    }

    /** Validates, prints the warnings (the FFB and Borgerplan code systems are unknown to it), returns the errors. */
    static List<String> errors(String json, String what) {
        ValidationResult result = validator.validateWithResult(json);
        List<String> errors = new ArrayList<>();
        for (SingleValidationMessage message : result.getMessages()) {
            String line = message.getSeverity() + " " + message.getLocationString() + ": " + message.getMessage();
            if (message.getSeverity() == ResultSeverityEnum.ERROR || message.getSeverity() == ResultSeverityEnum.FATAL) {
                errors.add(line);
            } else if (message.getSeverity() == ResultSeverityEnum.WARNING) {
                System.out.println("[" + what + "] " + line);
            }
        }
        return errors;
    }

    private static void assertValid(String json, String what) {
        List<String> errors = errors(json, what);
        assertTrue(errors.isEmpty(), what + " has validation errors:\n" + String.join("\n", errors));
    }

    private static List<JsonNode> resources(String json, String type) throws Exception {
        JsonNode bundle = MAPPER.readTree(json);
        return StreamSupport.stream(bundle.get("entry").spliterator(), false).map(e -> e.get("resource"))
                .filter(r -> type.equals(r.get("resourceType").asText())).collect(Collectors.toList());
    }

    private static JsonNode goal(String json, String text) throws Exception {
        return resources(json, "Goal").stream().filter(g -> g.at("/description/text").asText().equals(text))
                .findFirst().orElseThrow();
    }

    private static String ref(JsonNode resource) {
        return "urn:uuid:" + resource.get("id").asText();
    }

    @Test
    void fullPlanIsValidFhirR4() throws Exception {
        String approved = exporter.bundle(Plans.citizen(), Plans.fullPlan(true), FhirOptions.defaults());
        assertValid(approved, "approved plan");
        String draft = exporter.bundle(Plans.citizen(), Plans.fullPlan(false),
                new FhirOptions(true, Locale.ENGLISH));
        assertValid(draft, "draft plan, English, with CPR");

        JsonNode bundle = MAPPER.readTree(approved);
        assertEquals("Bundle", bundle.get("resourceType").asText());
        assertEquals("collection", bundle.get("type").asText());
        assertEquals(1, resources(approved, "Patient").size());
        assertEquals(1, resources(approved, "CarePlan").size());
        assertEquals(3, resources(approved, "Goal").size());
        // Per goal: current, expected, the citizen's own and the review score.
        assertEquals(12, resources(approved, "Observation").size());
        for (JsonNode entry : bundle.get("entry")) {
            assertEquals("urn:uuid:" + entry.at("/resource/id").asText(), entry.get("fullUrl").asText());
        }
    }

    @Test
    void carePlanFollowsApprovalAndCarriesPurposeAndGoals() throws Exception {
        String approved = exporter.bundle(Plans.citizen(), Plans.fullPlan(true), FhirOptions.defaults());
        JsonNode carePlan = resources(approved, "CarePlan").get(0);
        assertEquals("active", carePlan.get("status").asText());
        assertEquals("plan", carePlan.get("intent").asText());
        assertEquals("Jeg vil gerne klare mere selv i min egen bolig", carePlan.get("description").asText());
        assertEquals("Borgerplan", carePlan.get("title").asText());
        assertEquals("2027-03-01", carePlan.at("/period/start").asText());
        assertEquals("2027-03-01T09:00:00Z", carePlan.get("created").asText());
        assertEquals(ref(resources(approved, "Patient").get(0)), carePlan.at("/subject/reference").asText());
        List<String> goalRefs = new ArrayList<>();
        carePlan.get("goal").forEach(g -> goalRefs.add(g.get("reference").asText()));
        assertEquals(resources(approved, "Goal").stream().map(FhirPlanExporterTest::ref).toList(), goalRefs);

        String draft = exporter.bundle(Plans.citizen(), Plans.fullPlan(false), new FhirOptions(false, Locale.ENGLISH));
        JsonNode draftPlan = resources(draft, "CarePlan").get(0);
        assertEquals("draft", draftPlan.get("status").asText());
        assertEquals("Citizen plan", draftPlan.get("title").asText());
    }

    @Test
    void goalsMapStatusAchievementTargetThemeAndAuthor() throws Exception {
        String json = exporter.bundle(Plans.citizen(), Plans.fullPlan(true), FhirOptions.defaults());
        String patient = ref(resources(json, "Patient").get(0));

        JsonNode develop = goal(json, "Jeg laver selv aftensmad to gange om ugen");
        assertEquals("active", develop.get("lifecycleStatus").asText());
        // 3 -> 2 on a lower-is-better scale, expected 1: better, not there yet.
        assertEquals("improving", develop.at("/achievementStatus/coding/0/code").asText());
        assertEquals(Achievement.SYSTEM, develop.at("/achievementStatus/coding/0/system").asText());
        assertEquals(patient, develop.at("/expressedBy/reference").asText(), "a 'Jeg …' goal is the citizen's own");
        // The primary FFB theme, with system, version, code and label.
        JsonNode theme = develop.at("/category/1/coding/0");
        assertEquals("urn:oid:1.2.208.176.2.22", theme.get("system").asText());
        assertEquals("20240530", theme.get("version").asText());
        assertEquals("b947f321-7cdb-4b33-9653-f3ff800572b0", theme.get("code").asText());
        assertEquals("Lave mad", theme.get("display").asText());
        assertEquals("0bb3daef-538d-45dc-b444-abdbcb63f6bc", develop.at("/category/0/coding/0/code").asText());
        // Target 1: the expected score on its scale; target 2: the FFB goal type.
        JsonNode level = develop.at("/target/0");
        assertEquals("66959f77-6e2a-4574-8423-3ff097f8b9fa", level.at("/measure/coding/0/code").asText());
        assertEquals("https://borgerplan.dk/fhir/CodeSystem/scale/fko",
                level.at("/detailCodeableConcept/coding/0/system").asText());
        assertEquals("1", level.at("/detailCodeableConcept/coding/0/code").asText());
        assertEquals("Lette begrænsninger", level.at("/detailCodeableConcept/coding/0/display").asText());
        JsonNode type = develop.at("/target/1");
        assertEquals("90c48f03-f194-4b2f-ad7d-6cba1069ae48", type.at("/measure/coding/0/code").asText());
        assertEquals("d41c8072-52f8-42b5-9375-ddbea454d27f", type.at("/detailCodeableConcept/coding/0/code").asText());
        assertEquals("Udvikle funktionsevne", type.at("/detailCodeableConcept/coding/0/display").asText());
        assertEquals(1, develop.get("outcomeReference").size());

        JsonNode maintain = goal(json, "Jeg betaler mine regninger til tiden");
        assertEquals("completed", maintain.get("lifecycleStatus").asText());
        // Held level 1 -> 1 and ended: a maintain goal that holds its level has succeeded.
        assertEquals("sustaining", maintain.at("/achievementStatus/coding/0/code").asText());
        assertEquals("10752a63-00b4-4958-b7f4-9f3a18f74266",
                maintain.at("/target/1/detailCodeableConcept/coding/0/code").asText());

        JsonNode limit = goal(json, "Støtte til at bevare kontakten til familien");
        // 2 -> 3, expected 3: the loss stayed within what was expected.
        assertEquals("achieved", limit.at("/achievementStatus/coding/0/code").asText());
        assertTrue(limit.path("expressedBy").isMissingNode(), "a goal not in the first person names no author");
        assertEquals("e47c22bd-d88d-48ab-882b-419923e1f44e",
                limit.at("/target/1/detailCodeableConcept/coding/0/code").asText());
    }

    @Test
    void scoresAreObservationsLinkedToTheirGoal() throws Exception {
        String json = exporter.bundle(Plans.citizen(), Plans.fullPlan(true), FhirOptions.defaults());
        JsonNode develop = goal(json, "Jeg laver selv aftensmad to gange om ugen");
        String patient = ref(resources(json, "Patient").get(0));
        List<JsonNode> scores = resources(json, "Observation").stream()
                .filter(o -> o.at("/focus/0/reference").asText().equals(ref(develop))).toList();
        assertEquals(List.of("current", "expected", "citizen", "review"),
                scores.stream().map(o -> o.at("/category/0/coding/0/code").asText()).toList());
        assertEquals(List.of("3", "1", "2", "2"),
                scores.stream().map(o -> o.at("/valueCodeableConcept/coding/0/code").asText()).toList());
        for (JsonNode score : scores) {
            assertEquals("final", score.get("status").asText());
            assertEquals("https://borgerplan.dk/fhir/CodeSystem/scale/fko", score.at("/code/coding/0/system").asText());
            assertEquals(patient, score.at("/subject/reference").asText());
        }
        assertEquals("3 – Svære begrænsninger", scores.get(0).at("/valueCodeableConcept/text").asText());
        assertEquals("2027-02-28T23:00:00Z", scores.get(0).get("effectiveDateTime").asText());
        assertEquals(patient, scores.get(2).at("/performer/0/reference").asText(), "the citizen's own score");
        assertEquals("Borger mener selv, at det går bedre", scores.get(2).at("/note/0/text").asText());
        assertTrue(scores.get(0).path("performer").isMissingNode(), "no staff names in the export");
        assertEquals("2028-03-02T10:15:00Z", scores.get(3).get("effectiveDateTime").asText());
        assertEquals(ref(scores.get(3)), develop.at("/outcomeReference/0/reference").asText());
    }

    @Test
    void noCprUnlessAsked() throws Exception {
        String plain = exporter.bundle(Plans.citizen(), Plans.fullPlan(true), FhirOptions.defaults());
        assertFalse(plain.contains(Plans.CPR), "no CPR number by default");
        assertFalse(plain.contains("1.2.208.176.1.2\""), "no CPR identifier by default");
        JsonNode patient = resources(plain, "Patient").get(0);
        assertTrue(patient.path("identifier").isMissingNode());
        assertEquals("Testborger Fiktiv", patient.at("/name/0/text").asText());

        String withCpr = exporter.bundle(Plans.citizen(), Plans.fullPlan(true), FhirOptions.defaults().withCpr());
        JsonNode identified = resources(withCpr, "Patient").get(0);
        assertEquals("urn:oid:1.2.208.176.1.2", identified.at("/identifier/0/system").asText());
        assertEquals(Plans.CPR, identified.at("/identifier/0/value").asText());
        assertValid(withCpr, "plan with CPR");
    }

    @Test
    void idsAreStableAcrossExports() throws Exception {
        String first = exporter.bundle(Plans.citizen(), Plans.fullPlan(true), FhirOptions.defaults());
        String second = exporter.bundle(Plans.citizen(), Plans.fullPlan(true), FhirOptions.defaults());
        assertEquals(first, second);
        assertNotEquals(ref(resources(first, "Goal").get(0)), ref(resources(first, "Goal").get(1)));
    }

    @Test
    void aPlanOfAnotherCitizenIsRefused() {
        Citizen other = new Citizen("citizen-2", "Anden Fiktiv", null, null, null, null, null, false, 1, null, null);
        Plan plan = Plans.fullPlan(true);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> exporter.bundle(other, plan, FhirOptions.defaults()));
        assertFalse(e.getMessage().contains("Fiktiv"));
    }

    @Test
    void theValidatorCatchesABrokenGoal() throws Exception {
        String json = exporter.bundle(Plans.citizen(), Plans.fullPlan(true), FhirOptions.defaults());
        ObjectNode bundle = (ObjectNode) MAPPER.readTree(json);
        for (JsonNode entry : bundle.get("entry")) {
            if ("Goal".equals(entry.at("/resource/resourceType").asText())) {
                ((ObjectNode) entry.get("resource")).remove("lifecycleStatus");
                break;
            }
        }
        List<String> errors = errors(MAPPER.writeValueAsString(bundle), "broken goal");
        assertFalse(errors.isEmpty(), "a Goal without lifecycleStatus must be reported");
        assertTrue(errors.stream().anyMatch(e -> e.contains("lifecycleStatus")), String.join("\n", errors));

        // And a wrong code in a required binding.
        String badStatus = json.replace("\"status\":\"active\"", "\"status\":\"approved\"");
        assertNotEquals(json, badStatus);
        assertFalse(errors(badStatus, "bad CarePlan status").isEmpty());
    }

    @Test
    void aPlanWithoutMeetingScoresOrThemesIsStillValid() throws Exception {
        dk.borgerplan.plan.Goal bare = new dk.borgerplan.plan.Goal(1, "Jeg går en tur hver dag", Plans.fko(2), null);
        Plan plan = new Plan("plan-2", "citizen-1", "Formål", List.of(bare), 1, Plans.CREATED, Plans.CREATED);
        String json = exporter.bundle(Plans.citizen(), plan, FhirOptions.defaults());
        assertValid(json, "bare plan");
        JsonNode goal = resources(json, "Goal").get(0);
        assertEquals("in-progress", goal.at("/achievementStatus/coding/0/code").asText());
        assertEquals(1, goal.get("target").size(), "only the goal type when no expected score");
        assertNull(resources(json, "CarePlan").get(0).get("goal").get(1));
    }
}
