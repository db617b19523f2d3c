package dk.borgerplan.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

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
}
