package dk.borgerplan.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import com.code_intelligence.jazzer.junit.FuzzTest;

import dk.borgerplan.plan.ApprovalDraft;
import dk.borgerplan.plan.GoalReviewDraft;
import dk.borgerplan.plan.NewCitizen;
import dk.borgerplan.plan.PlanDraft;
import dk.borgerplan.plan.SheetEntryDraft;

/**
 * Coverage-guided fuzzing of the API's JSON reading (Jazzer): for any bytes at all, {@link ApiServlet#parse} gives a
 * value or a 400 that names a field with a rule and a message — never another exception, never a message that
 * repeats a CPR number sent. Under plain {@code mvn test} each method replays its stored corpus (the folder
 * {@code JsonInputFuzzTestInputs/<method>} beside this class's resources); {@code JAZZER_FUZZ=1} fuzzes, and any
 * finding it writes there is replayed by every build after.
 */
class JsonInputFuzzTest {

    private static final Locale DANISH = Locale.forLanguageTag("da");
    private static final java.util.regex.Pattern CPR = java.util.regex.Pattern.compile("[0-9]{6}-?[0-9]{4}");

    @FuzzTest(maxDuration = "30s")
    void planDrafts(byte[] body) {
        read(body, PlanDraft.class);
    }

    @FuzzTest(maxDuration = "30s")
    void citizens(byte[] body) {
        read(body, NewCitizen.class);
    }

    @FuzzTest(maxDuration = "30s")
    void sections(byte[] body) {
        read(body, CycleServlet.SectionBody.class);
    }

    @FuzzTest(maxDuration = "30s")
    void preparationMeetingsAndSheets(byte[] body) {
        read(body, PreparationServlet.NewMeeting.class);
        read(body, SheetEntryDraft.class);
    }

    @FuzzTest(maxDuration = "30s")
    void approvalsAndReviews(byte[] body) {
        read(body, ApprovalDraft.class);
        read(body, GoalReviewDraft.class);
    }

    private static <T> void read(byte[] body, Class<T> type) {
        try {
            T value = ApiServlet.parse(body, type, DANISH);
            assertTrue(value != null, "a value or a refusal, never nothing");
        } catch (ApiException refused) {
            assertEquals(400, refused.status);
            assertEquals(1, refused.errors.size());
            FieldError error = refused.errors.get(0);
            assertFalse(error.field().isBlank(), "the field is named");
            assertFalse(error.rule().isBlank());
            assertFalse(error.message().isBlank());
            // A CPR number sent never comes back (the messages are fixed texts with at most a line and column).
            java.util.regex.Matcher cpr = CPR.matcher(new String(body, java.nio.charset.StandardCharsets.ISO_8859_1));
            while (cpr.find()) {
                assertFalse(refused.getMessage().contains(cpr.group()), "the message repeats " + cpr.group());
            }
        }
    }
}
