package dk.borgerplan.fhir.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dk.borgerplan.fhir.FhirOptions;
import dk.borgerplan.fhir.FhirPlanExport;
import dk.borgerplan.plan.Citizen;
import dk.borgerplan.plan.Goal;
import dk.borgerplan.plan.GoalStatus;
import dk.borgerplan.plan.GoalType;
import dk.borgerplan.plan.Plan;
import dk.borgerplan.plan.Score;
import dk.borgerplan.plan.Stamp;
import dk.borgerplan.plan.ThemeUse;
import dk.borgerplan.platform.Text;
import dk.borgerplan.scales.Direction;
import dk.borgerplan.scales.Scale;
import dk.borgerplan.scales.ScaleCatalog;
import dk.borgerplan.scales.ScaleLevel;

/**
 * Writes the FHIR JSON with Jackson's tree model through small typed helpers. HAPI's model classes would give
 * typing for free, but they are not OSGi bundles and drag in ~150 MB; the tests validate the output with HAPI's
 * validator instead.
 */
@Component(service = FhirPlanExport.class)
public class FhirPlanExporter implements FhirPlanExport {

    static final String FFB = "urn:oid:1.2.208.176.2.22";
    static final String CPR = "urn:oid:1.2.208.176.1.2";
    static final String KL_CARE_SOCIAL = "http://fhir.kl.dk/term/CodeSystem/CareSocialCodes";
    /** Borgerplan's own code systems: names, not addresses that are fetched. */
    static final String BORGERPLAN = "https://borgerplan.dk/fhir/CodeSystem/";
    static final String SCORE_KIND = BORGERPLAN + "score-kind";
    static final String SCALE_SYSTEM = BORGERPLAN + "scale/";

    static final String KL_EFFORT_GOAL = "0bb3daef-538d-45dc-b444-abdbcb63f6bc";
    static final String KL_FOCUS_LEVEL = "66959f77-6e2a-4574-8423-3ff097f8b9fa";
    static final String KL_FOCUS_GOAL_TYPE = "90c48f03-f194-4b2f-ad7d-6cba1069ae48";
    /** The FFB functional-level scale, whose levels have FFB codes of their own. */
    static final String FFB_LEVEL_SCALE = "ffb-funktionsevne";
    private static final List<String> FFB_LEVELS = List.of("b508ff66-6326-4862-a6d7-7bbf184c9823",
            "8328ce4a-6238-4f73-bf1a-74aadb68eff8", "5bdde847-2837-416b-ab63-bbff8b7aa531",
            "cae545f5-2813-4d79-98fc-0a7d770af3cd", "832ae90b-23b5-4063-80aa-0b81bdce680e");

    private static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");
    /** First-person openings that make a goal the citizen's own words (goals are written "Jeg …"). */
    private static final Set<String> FIRST_PERSON = Set.of("jeg", "mig", "min", "mit", "mine");

    static final Text PLAN_TITLE = Text.of("Borgerplan", "Citizen plan");
    static final Text GOAL_TYPE_TEXT = Text.of("Måltype", "Goal type");
    static final Text LEVEL_TEXT = Text.of("Forventet funktionsevneniveau", "Expected functional level");

    /** What a score Observation records. */
    enum ScoreKind {
        CURRENT("current", Text.of("Score nu", "Current score")),
        EXPECTED("expected", Text.of("Score forventet", "Expected score")),
        CITIZEN("citizen", Text.of("Borgerens egen score", "Citizen's own score")),
        REVIEW("review", Text.of("Score ved status", "Score at status review"));

        final String code;
        final Text label;

        ScoreKind(String code, Text label) {
            this.code = code;
            this.label = label;
        }
    }

    private final ScaleCatalog scales;
    private final Clock clock;
    private final ObjectMapper mapper = new ObjectMapper();
    private final JsonNodeFactory json = JsonNodeFactory.instance;

    @Activate
    public FhirPlanExporter(@Reference ScaleCatalog scales) {
        this(scales, Clock.systemUTC());
    }

    FhirPlanExporter(ScaleCatalog scales, Clock clock) {
        this.scales = scales;
        this.clock = clock;
    }

    @Override
    public String bundle(Citizen citizen, Plan plan, FhirOptions options) {
        if (!citizen.id().equals(plan.citizenId())) {
            throw new IllegalArgumentException("The plan does not belong to the citizen");
        }
        Locale locale = options.locale();
        String patientId = id("Patient", citizen.id());
        List<ObjectNode> goals = new ArrayList<>();
        List<ObjectNode> observations = new ArrayList<>();
        for (Goal goal : plan.goals()) {
            String goalId = id("Goal", goal.id());
            Optional<Scale> scale = scaleOf(goal.currentScore());
            List<String> outcomes = new ArrayList<>();
            addScore(observations, goal, goalId, patientId, ScoreKind.CURRENT, goal.currentScore(),
                    meetingTime(plan), null, locale);
            addScore(observations, goal, goalId, patientId, ScoreKind.EXPECTED, goal.expectedScore(),
                    meetingTime(plan), null, locale);
            addScore(observations, goal, goalId, patientId, ScoreKind.CITIZEN, goal.citizenScore(),
                    meetingTime(plan), goal.disagreementNote(), locale);
            if (goal.review() != null && goal.review().score() != null) {
                ObjectNode review = addScore(observations, goal, goalId, patientId, ScoreKind.REVIEW,
                        goal.review().score(), at(goal.review().stamp(), meetingTime(plan)), goal.review().note(),
                        locale);
                outcomes.add(review.get("id").asText());
            }
            goals.add(goal(goal, goalId, patientId, plan, scale.map(Scale::direction).orElse(null), outcomes,
                    locale));
        }

        ObjectNode bundle = json.objectNode();
        bundle.put("resourceType", "Bundle");
        bundle.put("id", id("Bundle", plan.id() + "/" + plan.revision() + "/" + plan.version()));
        bundle.put("type", "collection");
        bundle.put("timestamp", dateTime(clock.instant()));
        ArrayNode entries = bundle.putArray("entry");
        entry(entries, patient(citizen, patientId, options));
        entry(entries, carePlan(plan, patientId, goals, locale));
        goals.forEach(goal -> entry(entries, goal));
        observations.forEach(observation -> entry(entries, observation));
        try {
            return mapper.writeValueAsString(bundle);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The FHIR bundle could not be written", e);
        }
    }

    private ObjectNode patient(Citizen citizen, String patientId, FhirOptions options) {
        ObjectNode patient = resource("Patient", patientId);
        if (options.includeCpr() && citizen.cprNumber() != null) {
            ObjectNode identifier = patient.putArray("identifier").addObject();
            identifier.put("use", "official");
            identifier.put("system", CPR);
            identifier.put("value", citizen.cprNumber().value());
        }
        patient.put("active", true);
        if (present(citizen.name())) {
            ObjectNode name = patient.putArray("name").addObject();
            name.put("use", "official");
            name.put("text", citizen.name().strip());
        }
        return patient;
    }

    private ObjectNode carePlan(Plan plan, String patientId, List<ObjectNode> goals, Locale locale) {
        ObjectNode carePlan = resource("CarePlan", id("CarePlan", plan.id()));
        // An approved plan (citizen, provider and authority) is in force; anything else is still a draft.
        carePlan.put("status", plan.approved() ? "active" : "draft");
        carePlan.put("intent", "plan");
        carePlan.put("title", PLAN_TITLE.in(locale));
        if (present(plan.purpose())) {
            carePlan.put("description", plan.purpose());
        }
        carePlan.set("subject", reference(patientId));
        LocalDate start = plan.meeting() != null && plan.meeting().date() != null ? plan.meeting().date()
                : plan.created() != null ? LocalDate.ofInstant(plan.created().at(), DANISH_TIME) : null;
        if (start != null) {
            carePlan.putObject("period").put("start", start.toString());
        }
        if (plan.created() != null && plan.created().at() != null) {
            carePlan.put("created", dateTime(plan.created().at()));
        }
        if (!goals.isEmpty()) {
            ArrayNode goalRefs = carePlan.putArray("goal");
            goals.forEach(goal -> goalRefs.add(reference(goal.get("id").asText())));
        }
        return carePlan;
    }

    private ObjectNode goal(Goal goal, String goalId, String patientId, Plan plan, Direction direction,
            List<String> outcomes, Locale locale) {
        ObjectNode resource = resource("Goal", goalId);
        resource.put("lifecycleStatus", lifecycle(goal.status()));
        Achievement achievement = Achievement.of(goal, direction);
        ObjectNode achievementStatus = resource.putObject("achievementStatus");
        coding(achievementStatus, Achievement.SYSTEM, null, achievement.code, achievement.display);

        ArrayNode category = resource.putArray("category");
        coding(category.addObject(), KL_CARE_SOCIAL, null, KL_EFFORT_GOAL, "FFB indsatsmål");
        for (ThemeUse theme : themes(goal)) {
            // The primary FFB theme first (KL: each goal addresses one primary theme), then the secondary.
            ObjectNode concept = category.addObject();
            coding(concept, theme.ref().system(), theme.ref().version(), theme.ref().code(), theme.label());
            concept.put("text", theme.label());
        }
        resource.putObject("description").put("text", goal.text());
        resource.set("subject", reference(patientId));
        if (plan.meeting() != null && plan.meeting().date() != null) {
            resource.put("startDate", plan.meeting().date().toString());
        }

        ArrayNode targets = json.arrayNode();
        Score expected = goal.expectedScore();
        if (expected != null) {
            ObjectNode target = targets.addObject();
            ObjectNode measure = target.putObject("measure");
            coding(measure, KL_CARE_SOCIAL, null, KL_FOCUS_LEVEL, "funktionsevneniveau");
            coding(measure, SCALE_SYSTEM + expected.scale(), expected.scaleVersion(), "level",
                    scaleOf(expected).map(s -> s.name().da()).orElse(null));
            measure.put("text", LEVEL_TEXT.in(locale));
            target.set("detailCodeableConcept", level(expected, locale));
        }
        ObjectNode typeTarget = targets.addObject();
        ObjectNode typeMeasure = typeTarget.putObject("measure");
        coding(typeMeasure, KL_CARE_SOCIAL, null, KL_FOCUS_GOAL_TYPE, "måltype");
        typeMeasure.put("text", GOAL_TYPE_TEXT.in(locale));
        ObjectNode goalType = typeTarget.putObject("detailCodeableConcept");
        coding(goalType, FFB, null, goalTypeCode(goal.type()), goal.type().label().da());
        goalType.put("text", goal.type().label().in(locale));
        resource.set("target", targets);

        if (goal.closing() != null && goal.closing().stamp() != null && goal.closing().stamp().at() != null) {
            resource.put("statusDate", LocalDate.ofInstant(goal.closing().stamp().at(), DANISH_TIME).toString());
        }
        if (present(goal.closing() == null ? null : goal.closing().reason())) {
            resource.put("statusReason", goal.closing().reason());
        }
        if (ownWords(goal.text())) {
            resource.set("expressedBy", reference(patientId));
        }
        if (present(goal.delimitation())) {
            resource.putArray("note").addObject().put("text", goal.delimitation());
        }
        if (!outcomes.isEmpty()) {
            ArrayNode outcomeRefs = resource.putArray("outcomeReference");
            outcomes.forEach(outcome -> outcomeRefs.add(reference(outcome)));
        }
        return resource;
    }

    private ObjectNode addScore(List<ObjectNode> observations, Goal goal, String goalId, String patientId,
            ScoreKind kind, Score score, Instant effective, String note, Locale locale) {
        if (score == null) {
            return null;
        }
        ObjectNode observation = resource("Observation", id("Observation", goal.id() + "/" + kind.code));
        observation.put("status", "final");
        ObjectNode category = observation.putArray("category").addObject();
        coding(category, SCORE_KIND, null, kind.code, kind.label.da());
        category.put("text", kind.label.in(locale));
        ObjectNode code = observation.putObject("code");
        Optional<Scale> scale = scaleOf(score);
        coding(code, SCALE_SYSTEM + score.scale(), score.scaleVersion(), "level",
                scale.map(s -> s.name().da()).orElse(null));
        code.put("text", kind.label.in(locale) + scale.map(s -> " – " + s.name().in(locale)).orElse(""));
        observation.set("subject", reference(patientId));
        observation.putArray("focus").add(reference(goalId));
        if (effective != null) {
            observation.put("effectiveDateTime", dateTime(effective));
        }
        if (kind == ScoreKind.CITIZEN) {
            // The citizen's own score is the citizen's statement (seed 002: noted beside the professional one).
            observation.putArray("performer").add(reference(patientId));
        }
        observation.set("valueCodeableConcept", level(score, locale));
        if (present(note)) {
            observation.putArray("note").addObject().put("text", note);
        }
        observations.add(observation);
        return observation;
    }

    /** A score as a concept: Borgerplan's scale level, the FFB code where the scale is FFB's, the level's words. */
    private ObjectNode level(Score score, Locale locale) {
        ObjectNode concept = json.objectNode();
        Optional<ScaleLevel> level = scaleOf(score).flatMap(s -> s.level(score.value()));
        coding(concept, SCALE_SYSTEM + score.scale(), score.scaleVersion(), Integer.toString(score.value()),
                level.map(l -> l.label().da()).orElse(null));
        if (FFB_LEVEL_SCALE.equals(score.scale()) && score.value() >= 0 && score.value() < FFB_LEVELS.size()) {
            coding(concept, FFB, score.scaleVersion(), FFB_LEVELS.get(score.value()),
                    level.map(l -> l.label().da()).orElse(null));
        }
        concept.put("text", level.map(l -> score.value() + " – " + l.label().in(locale))
                .orElse(Integer.toString(score.value())));
        return concept;
    }

    private Optional<Scale> scaleOf(Score score) {
        if (score == null || score.scale() == null) {
            return Optional.empty();
        }
        return score.scaleVersion() == null ? scales.find(score.scale())
                : scales.find(score.scale(), score.scaleVersion());
    }

    /**
     * Whether the goal is in the citizen's own words: goals are written in the first person ("Jeg …", seed 001), so
     * a goal whose first word is a first-person word is the citizen's; one phrased otherwise ("Støtte til …") is
     * taken as the professionals' wording and names no author.
     */
    static boolean ownWords(String text) {
        if (text == null) {
            return false;
        }
        String stripped = text.strip().replaceFirst("^[\"'«»“”„\\p{Punct}\\s]+", "");
        String first = stripped.split("[\\s\\p{Punct}]+", 2)[0].toLowerCase(Locale.ROOT);
        return FIRST_PERSON.contains(first);
    }

    static String lifecycle(GoalStatus status) {
        switch (status) {
            case ACHIEVED:
                return "completed";
            case CLOSED_EARLY:
                return "cancelled";
            case ACTIVE:
            default:
                return "active";
        }
    }

    /** FFB's måltype codes (CodeSystem urn:oid:1.2.208.176.2.22). */
    static String goalTypeCode(GoalType type) {
        switch (type) {
            case MAINTAIN:
                return "10752a63-00b4-4958-b7f4-9f3a18f74266";
            case LIMIT_LOSS:
                return "e47c22bd-d88d-48ab-882b-419923e1f44e";
            case DEVELOP:
            default:
                return "d41c8072-52f8-42b5-9375-ddbea454d27f";
        }
    }

    private static List<ThemeUse> themes(Goal goal) {
        List<ThemeUse> themes = new ArrayList<>();
        if (goal.primaryTheme() != null) {
            themes.add(goal.primaryTheme());
        }
        if (goal.secondaryTheme() != null) {
            themes.add(goal.secondaryTheme());
        }
        return themes;
    }

    private static Instant meetingTime(Plan plan) {
        if (plan.meeting() != null && plan.meeting().date() != null) {
            return plan.meeting().date().atStartOfDay(DANISH_TIME).toInstant();
        }
        return plan.created() == null ? null : plan.created().at();
    }

    private static Instant at(Stamp stamp, Instant fallback) {
        return stamp != null && stamp.at() != null ? stamp.at() : fallback;
    }

    // ---- small typed builders of FHIR datatypes ----

    private ObjectNode resource(String type, String id) {
        ObjectNode resource = json.objectNode();
        resource.put("resourceType", type);
        resource.put("id", id);
        return resource;
    }

    private void entry(ArrayNode entries, ObjectNode resource) {
        ObjectNode entry = entries.addObject();
        entry.put("fullUrl", "urn:uuid:" + resource.get("id").asText());
        entry.set("resource", resource);
    }

    private ObjectNode reference(String id) {
        return json.objectNode().put("reference", "urn:uuid:" + id);
    }

    /** Adds a Coding to a CodeableConcept; {@code version} and {@code display} are left out when absent. */
    private static void coding(ObjectNode concept, String system, String version, String code, String display) {
        ArrayNode codings = concept.has("coding") ? (ArrayNode) concept.get("coding") : concept.putArray("coding");
        ObjectNode coding = codings.addObject();
        coding.put("system", system);
        if (present(version)) {
            coding.put("version", version);
        }
        coding.put("code", code);
        if (present(display)) {
            coding.put("display", display);
        }
    }

    /** A stable id: the same Borgerplan object gives the same FHIR id in every export. */
    static String id(String type, String borgerplanId) {
        return UUID.nameUUIDFromBytes(("borgerplan:" + type + ":" + borgerplanId).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    private static String dateTime(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }
}
