package dk.borgerplan.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import dk.borgerplan.plan.Actor;
import dk.borgerplan.plan.Participant;
import dk.borgerplan.plan.ParticipantRole;
import dk.borgerplan.plan.PreparationKind;
import dk.borgerplan.plan.PreparationMeeting;
import dk.borgerplan.plan.PreparationSheet;
import dk.borgerplan.plan.SheetEntry;
import dk.borgerplan.plan.SheetEntryDraft;
import dk.borgerplan.plan.SheetField;
import dk.borgerplan.plan.Stamp;

/** The preparation meeting leaves the API with its words: kind, roles, the sheet's title and four fields. */
class PreparationViewsTest {

    private static final Stamp STAMP = new Stamp("kontaktperson-1", Instant.parse("2026-11-22T10:00:00Z"));
    private static final Actor CONTACT = new Actor("kontaktperson-1", "Karin Kontaktperson");
    private static final ObjectMapper JSON = Json.mapper();

    private static PreparationMeeting meeting() {
        return new PreparationMeeting("m", "c", "cy", PreparationKind.GROUP, LocalDate.of(2026, 11, 19),
                List.of(new Participant("Testborger", ParticipantRole.CITIZEN),
                        new Participant("Bo", ParticipantRole.PEER_GUIDE)),
                new PreparationSheet(List.of(
                        new SheetEntry("e1", SheetField.DREAMS, "Min egen lejlighed", List.of(), "p1", CONTACT,
                                "Testborger", STAMP, STAMP),
                        new SheetEntry("e2", SheetField.WISH_TO_MANAGE, null, List.of("theme.egenomsorg"), null,
                                CONTACT, null, STAMP, STAMP))),
                3, STAMP, STAMP);
    }

    @Test
    void theSheetShowsItsFourFieldsInOrderWithTheirDanishWords() throws Exception {
        PreparationViews.MeetingView view = PreparationViews.meeting(meeting(), List.of("Naboens hund"),
                Locale.forLanguageTag("da"));
        assertEquals("Gruppeforberedelsesmøde", view.kindLabel());
        assertEquals("Borgerguide", view.participants().get(1).roleLabel());
        assertEquals("Her er mit liv", view.sheet().title());
        assertEquals(List.of("Jeg vil gerne selv kunne", "Jeg kan", "Mine drømme", "Mine interesser"),
                view.sheet().fields().stream().map(PreparationViews.FieldView::label).toList());
        assertEquals(List.of(1, 0, 1, 0),
                view.sheet().fields().stream().map(f -> f.entries().size()).toList());
        PreparationViews.EntryView dream = view.sheet().fields().get(2).entries().get(0);
        assertEquals("/api/pictures/p1", dream.pictureHref());
        assertEquals("Testborger", dream.onBehalfOf());
        assertNull(view.sheet().fields().get(0).entries().get(0).pictureHref());
        assertEquals(List.of("Naboens hund"), view.carriedParkingLot());

        JsonNode json = JSON.readTree(JSON.writeValueAsString(view));
        assertEquals("2026-11-19", json.path("date").asText());
        assertEquals("Karin Kontaktperson",
                json.path("sheet").path("fields").get(2).path("entries").get(0).path("writtenBy").path("name")
                        .asText());
        assertEquals("DREAMS", json.path("sheet").path("fields").get(2).path("field").asText());
    }

    @Test
    void theSameInEnglish() {
        PreparationViews.MeetingView view = PreparationViews.meeting(meeting(), List.of(), Locale.ENGLISH);
        assertEquals("Group preparation meeting", view.kindLabel());
        assertEquals("Citizen", view.participants().get(0).roleLabel());
        assertEquals("This is my life", view.sheet().title());
        assertEquals("My dreams", view.sheet().fields().get(2).label());
    }

    @Test
    void aMeetingIsReadStrictly() throws Exception {
        PreparationServlet.NewMeeting meeting = JSON.readValue("""
                {"cycleId": "x", "kind": "INDIVIDUAL", "date": "2026-11-19",
                 "participants": [{"name": "Karin", "role": "CONTACT_PERSON"}]}""", PreparationServlet.NewMeeting.class);
        assertEquals(LocalDate.of(2026, 11, 19), meeting.date());
        assertEquals(ParticipantRole.CONTACT_PERSON, meeting.participants().get(0).role());
        MismatchedInputException badDate = assertThrows(MismatchedInputException.class,
                () -> JSON.readValue("{\"date\": \"2026-13-01\"}", PreparationServlet.NewMeeting.class));
        assertEquals("date", ApiServlet.path(badDate));
        MismatchedInputException badRole = assertThrows(MismatchedInputException.class, () -> JSON.readValue(
                "{\"participants\": [{\"name\": \"Bo\", \"role\": \"FRIEND\"}]}", PreparationServlet.NewMeeting.class));
        assertEquals("participants[0].role", ApiServlet.path(badRole));
        MismatchedInputException badIcons = assertThrows(MismatchedInputException.class,
                () -> JSON.readValue("{\"field\": \"DREAMS\", \"icons\": \"theme.x\"}", SheetEntryDraft.class));
        assertEquals("icons", ApiServlet.path(badIcons));
    }
}
