package dk.borgerplan.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import dk.borgerplan.plan.NewCitizen;
import dk.borgerplan.plan.PlanDraft;

/** The API's JSON reading is strict: wrong types and unknown fields are errors with a path, never guesses. */
class JsonTest {

    private final ObjectMapper json = Json.mapper();

    @Test
    void aValidPlanDraftIsRead() throws Exception {
        PlanDraft draft = json.readValue("""
                {"purpose": "Formål", "goals": [{"text": "Jeg", "currentScore": {"value": 3},
                 "expectedScore": {"scale": "fko", "value": 2}}]}""", PlanDraft.class);
        assertEquals("Formål", draft.purpose());
        assertNull(draft.goals().get(0).currentScore().scale());
        assertEquals(2, draft.goals().get(0).expectedScore().value());
    }

    @Test
    void aNumberGivenAsTextIsAWrongTypeAtItsPath() {
        JsonMappingException e = assertThrows(MismatchedInputException.class, () -> json.readValue("""
                {"purpose": "x", "goals": [{"text": "a", "currentScore": {"value": "3"}, "expectedScore": {"value": 1}}]}""",
                PlanDraft.class));
        assertEquals("goals[0].currentScore.value", ApiServlet.path(e));
    }

    @Test
    void textGivenAsANumberOrAFractionForAWholeNumberIsAWrongType() {
        assertThrows(MismatchedInputException.class, () -> json.readValue("{\"name\": 12}", NewCitizen.class));
        assertThrows(MismatchedInputException.class, () -> json.readValue("""
                {"purpose": "x", "goals": [{"text": "a", "currentScore": {"value": 2.5}, "expectedScore": {"value": 1}}]}""",
                PlanDraft.class));
    }

    @Test
    void anUnknownFieldIsNamed() {
        UnrecognizedPropertyException e = assertThrows(UnrecognizedPropertyException.class,
                () -> json.readValue("{\"name\": \"A\", \"cpr\": \"x\"}", NewCitizen.class));
        assertEquals("cpr", ApiServlet.path(e));
    }

    @Test
    void trailingDataIsRefused() {
        assertThrows(Exception.class, () -> json.readValue("{\"name\": \"A\"} {}", NewCitizen.class));
    }

    @Test
    void aSubGoalsTextAndAnOrderAreReadStrictly() throws Exception {
        assertEquals("Jeg køber ind", json.readValue("{\"text\": \"Jeg køber ind\"}", GoalServlet.TextBody.class).text());
        assertEquals(java.util.List.of("a", "b"),
                json.readValue("{\"order\": [\"a\", \"b\"]}", GoalServlet.OrderBody.class).order());
        MismatchedInputException number = assertThrows(MismatchedInputException.class,
                () -> json.readValue("{\"text\": 5}", GoalServlet.TextBody.class));
        assertEquals("text", ApiServlet.path(number));
        MismatchedInputException notAList = assertThrows(MismatchedInputException.class,
                () -> json.readValue("{\"order\": \"a\"}", GoalServlet.OrderBody.class));
        assertEquals("order", ApiServlet.path(notAList));
        assertThrows(UnrecognizedPropertyException.class,
                () -> json.readValue("{\"tekst\": \"x\"}", GoalServlet.TextBody.class));
    }

    @Test
    void aBodyNestedDeeperThanTheLimitIsRefusedByTheParser() throws Exception {
        // Where a type is expected, databind stops at the first wrong token; the parser's limit guards the rest.
        json.readTree("[".repeat(Json.MAX_NESTING_DEPTH) + "]".repeat(Json.MAX_NESTING_DEPTH));
        String deep = "[".repeat(Json.MAX_NESTING_DEPTH + 1) + "]".repeat(Json.MAX_NESTING_DEPTH + 1);
        Exception e = assertThrows(Exception.class, () -> json.readTree(deep));
        assertTrue(causes(e).anyMatch(c -> c instanceof StreamConstraintsException), e.toString());
    }

    @Test
    void aNumberOfThousandsOfDigitsIsRefusedByTheParser() {
        String huge = "{\"purpose\": \"x\", \"goals\": [{\"text\": \"a\", \"currentScore\": {\"value\": "
                + "9".repeat(5000) + "}}]}";
        Exception e = assertThrows(Exception.class, () -> json.readValue(huge, PlanDraft.class));
        assertTrue(causes(e).anyMatch(c -> c instanceof StreamConstraintsException), e.toString());
    }

    @Test
    void aBareTextIsNotAnObjectEvenWhereAOneTextConstructorExists() {
        // NewCitizen(String name) exists for code; a body of just "010170-1234" must not register a citizen by that name.
        assertThrows(MismatchedInputException.class, () -> json.readValue("\"010170-1234\"", NewCitizen.class));
        assertThrows(MismatchedInputException.class, () -> json.readValue("7", NewCitizen.class));
    }

    @Test
    void aDateIsATextNeverANumberOfDays() {
        assertThrows(MismatchedInputException.class, () -> json.readValue("20000", java.time.LocalDate.class));
    }

    private static java.util.stream.Stream<Throwable> causes(Throwable e) {
        return java.util.stream.Stream.iterate(e, java.util.Objects::nonNull, Throwable::getCause);
    }
}
