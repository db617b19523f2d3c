package dk.borgerplan.export.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import dk.borgerplan.platform.Text;

/**
 * The fixed words of the drawn plan, in Danish and English. They follow the browser's plan page
 * (dk.borgerplan.web app/texts/&#42;/plan.json), so that paper and screen say the same.
 */
final class Words {

    static final Text TITLE = Text.of("Mit liv – Min plan", "My life – My plan");
    static final Text NAME = Text.of("Navn", "Name");
    static final Text DATE = Text.of("Dato", "Date");
    static final Text RESOURCE_FIELD = Text.of("Det er jeg god til", "What I am good at");
    static final Text EMPLOYMENT_FIELD = Text.of("Beskæftigelse", "Employment");
    static final Text PURPOSE = Text.of("Formål", "Purpose");
    static final Text GOALS = Text.of("SMART indsatsmål", "SMART goals");
    static final Text GOAL = Text.of("Mål", "Goal");
    static final Text SCORE_NOW = Text.of("Score nu", "Score now");
    static final Text SCORE_EXPECTED = Text.of("Score forventet", "Score expected");
    static final Text CITIZEN_SCORE = Text.of("Borgerens egen score", "The citizen's own score");
    static final Text DISAGREEMENT = Text.of("Borgerens uenighed", "The citizen's disagreement");
    static final Text NOTES = Text.of("Noter", "Notes");
    static final Text PARKING_LOT = Text.of("Parkeringspladsen", "The parking lot");
    static final Text APPROVALS = Text.of("Godkendelse", "Approval");
    static final Text APPROVED = Text.of("godkendt", "approved");
    static final Text NOT_APPROVED = Text.of("ikke godkendt endnu", "not approved yet");
    static final Text REVISION = Text.of("Udgave", "Revision");
    static final Text QR_CAPTION = Text.of("Scan koden for at åbne planen i Borgerplan (kræver login).",
            "Scan the code to open the plan in Borgerplan (login required).");
    static final Text SHORTENED = Text.of("… betyder: teksten er forkortet her. Hele teksten står i Borgerplan.",
            "… means: the text is shortened here. The full text is in Borgerplan.");
    static final Text MORE = Text.of("mere", "more");

    /** Dates on the plan are Danish dates: an approval stamped late in the evening belongs to that Danish day. */
    static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");

    private static final DateTimeFormatter DANISH_DATE = DateTimeFormatter.ofPattern("d. MMMM yyyy",
            Locale.forLanguageTag("da"));
    private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private Words() {
    }

    static boolean english(Locale locale) {
        return "en".equals(locale.getLanguage());
    }

    /** "5. december 2026" in Danish, "5 December 2026" in English. */
    static String date(LocalDate date, Locale locale) {
        return (english(locale) ? ENGLISH_DATE : DANISH_DATE).format(date);
    }

    static String date(Instant instant, Locale locale) {
        return date(instant.atZone(DANISH_TIME).toLocalDate(), locale);
    }
}
