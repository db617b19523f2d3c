package dk.borgerplan.web.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import dk.borgerplan.plan.Actor;
import dk.borgerplan.plan.ParticipantRole;
import dk.borgerplan.plan.Picture;
import dk.borgerplan.plan.PreparationKind;
import dk.borgerplan.plan.PreparationMeeting;
import dk.borgerplan.plan.PreparationSheet;
import dk.borgerplan.plan.SheetEntry;
import dk.borgerplan.plan.SheetField;
import dk.borgerplan.plan.Stamp;

/**
 * What the API sends for the preparation: a meeting with its kind and roles in words, the sheet "Her er mit liv"
 * with all four fields in the sheet's order (an empty field too, as on paper), and the parking lot carried forward.
 */
final class PreparationViews {

    private PreparationViews() {
    }

    record ParticipantView(String name, ParticipantRole role, String roleLabel) {
    }

    record EntryView(String id, SheetField field, String text, List<String> icons, String pictureId,
            String pictureHref, Actor writtenBy, String onBehalfOf, Stamp created, Stamp updated) {
    }

    record FieldView(SheetField field, String label, List<EntryView> entries) {
    }

    record SheetView(String title, List<FieldView> fields) {
    }

    record MeetingView(String id, String citizenId, String cycleId, PreparationKind kind, String kindLabel,
            LocalDate date, List<ParticipantView> participants, SheetView sheet, List<String> carriedParkingLot,
            long version, Stamp created, Stamp updated) {
    }

    record PictureView(String id, String mediaType, long size, String sha256, String href, Stamp created) {
    }

    static MeetingView meeting(PreparationMeeting meeting, List<String> carriedParkingLot, Locale locale) {
        return new MeetingView(meeting.id(), meeting.citizenId(), meeting.cycleId(), meeting.kind(),
                meeting.kind().label().in(locale), meeting.date(),
                meeting.participants().stream()
                        .map(p -> new ParticipantView(p.name(), p.role(), p.role().label().in(locale))).toList(),
                sheet(meeting.sheet(), locale), carriedParkingLot, meeting.version(), meeting.created(),
                meeting.updated());
    }

    static SheetView sheet(PreparationSheet sheet, Locale locale) {
        return new SheetView(PreparationSheet.TITLE.in(locale), Arrays.stream(SheetField.values())
                .map(field -> new FieldView(field, field.label().in(locale),
                        sheet.entries(field).stream().map(PreparationViews::entry).toList()))
                .toList());
    }

    static EntryView entry(SheetEntry entry) {
        return new EntryView(entry.id(), entry.field(), entry.text(), entry.icons(), entry.pictureId(),
                entry.pictureId() == null ? null : PictureServlet.href(entry.pictureId()), entry.writtenBy(),
                entry.onBehalfOf(), entry.created(), entry.updated());
    }

    static PictureView picture(Picture picture) {
        return new PictureView(picture.id(), picture.mediaType(), picture.size(), picture.sha256(),
                PictureServlet.href(picture.id()), picture.created());
    }
}
