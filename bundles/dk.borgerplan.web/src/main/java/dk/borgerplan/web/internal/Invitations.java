package dk.borgerplan.web.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import dk.borgerplan.calendar.Attendee;
import dk.borgerplan.calendar.AttendeeRole;
import dk.borgerplan.calendar.CalendarInvitations;
import dk.borgerplan.calendar.Invitation;
import dk.borgerplan.calendar.InvitationStatus;
import dk.borgerplan.calendar.Organizer;
import dk.borgerplan.plan.GroupPreparationMeeting;
import dk.borgerplan.plan.Participant;
import dk.borgerplan.plan.ParticipantRole;
import dk.borgerplan.plan.ScheduledMeeting;
import dk.borgerplan.plan.ScheduledMeetingKind;
import dk.borgerplan.plan.YearWheelMeeting;
import dk.borgerplan.platform.Text;

/**
 * A year-wheel meeting as a calendar invitation (.ics). The meeting's id is the invitation's UID and its sequence the
 * invitation's, so a moved or cancelled meeting replaces the entry in everyone's calendar. What the calendar shows
 * says what the meeting is, never why the citizen receives support.
 */
final class Invitations {

    static final Text PLAN_MEETING = Text.of("Borgerplansmøde – Mit liv – Min plan",
            "Plan meeting – Mit liv – Min plan");
    static final Text PLAN_MEETING_ABOUT = Text.of(
            "Borgerplansmødet, hvor borgerens visuelle plan \"Mit liv – Min plan\" laves. Borgeren medbringer sit"
                    + " forberedelsesark \"Her er mit liv\".",
            "The plan meeting where the citizen's visual plan \"Mit liv – Min plan\" is made. The citizen brings the"
                    + " preparation sheet \"Her er mit liv\".");
    static final Text PREPARATION_MEETING = Text.of("Forberedelsesmøde – Mit liv – Min plan",
            "Preparation meeting – Mit liv – Min plan");
    static final Text PREPARATION_ABOUT = Text.of(
            "Forberedelsesmødet, hvor borgeren gør sig klar til borgerplansmødet og udfylder \"Her er mit liv\".",
            "The preparation meeting, where the citizen gets ready for the plan meeting and fills in \"Her er mit liv\".");
    static final Text GROUP_MEETING = Text.of("Gruppeforberedelsesmøde ({0}) – Mit liv – Min plan",
            "Group preparation meeting ({0}) – Mit liv – Min plan");

    private Invitations() {
    }

    static Invitation of(ScheduledMeeting meeting, String organizer, Locale locale) {
        boolean plan = meeting.kind() == ScheduledMeetingKind.PLAN_MEETING;
        return of(meeting, (plan ? PLAN_MEETING : PREPARATION_MEETING).in(locale),
                (plan ? PLAN_MEETING_ABOUT : PREPARATION_ABOUT).in(locale), organizer,
                meeting.participants().stream().map(Invitations::attendee).toList());
    }

    /** A group meeting's invitation names no citizen: those signed up are each other's business only in the room. */
    static Invitation of(GroupPreparationMeeting meeting, String organizer, Locale locale) {
        return of(meeting, ApiServlet.format(GROUP_MEETING, locale, meeting.area().label().in(locale)),
                PREPARATION_ABOUT.in(locale), organizer, List.of());
    }

    private static Invitation of(YearWheelMeeting meeting, String summary, String description, String organizer,
            List<Attendee> attendees) {
        return new Invitation(meeting.id(), meeting.sequence(),
                meeting.isCancelled() ? InvitationStatus.CANCELLED : InvitationStatus.CONFIRMED, summary, description,
                meeting.startInDenmark(), Duration.ofMinutes(meeting.durationMinutes()), meeting.place(),
                new Organizer(organizer, null), attendees);
    }

    private static Attendee attendee(Participant participant) {
        return new Attendee(participant.name(), null,
                participant.role() == ParticipantRole.OTHER ? AttendeeRole.OPTIONAL : AttendeeRole.REQUIRED);
    }

    static void send(HttpServletResponse response, CalendarInvitations calendar, Invitation invitation)
            throws IOException {
        PlanExports.attachment(response, CalendarInvitations.MEDIA_TYPE, calendar.fileName(invitation),
                calendar.ics(invitation));
    }
}
