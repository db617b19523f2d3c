package dk.borgerplan.calendar;

import org.osgi.annotation.versioning.ProviderType;

/** Writes invitations as iCalendar files that Outlook, Google Calendar, Apple Calendar and others import. */
@ProviderType
public interface CalendarInvitations {

    /** The media type to serve or attach the bytes with. */
    String MEDIA_TYPE = "text/calendar; charset=UTF-8";

    /**
     * The invitation as an iCalendar object in UTF-8: {@code METHOD:REQUEST} and {@code STATUS:CONFIRMED} for a new
     * or changed meeting, {@code METHOD:CANCEL} and {@code STATUS:CANCELLED} for a cancellation; one VEVENT with the
     * invitation's UID and SEQUENCE, times in Europe/Copenhagen with its VTIMEZONE, lines folded at 75 octets.
     */
    byte[] ics(Invitation invitation);

    /** A file name for the invitation, e.g. {@code moede-20270328.ics}; it names no person. */
    default String fileName(Invitation invitation) {
        return "moede-" + invitation.start().withZoneSameInstant(java.time.ZoneId.of("Europe/Copenhagen"))
                .toLocalDate().toString().replace("-", "") + ".ics";
    }
}
