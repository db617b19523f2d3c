package dk.borgerplan.calendar;

import java.util.Objects;

/**
 * Who calls the meeting (for a plan meeting: the authority).
 *
 * @param name the name shown in calendars
 * @param email where replies go, or {@code null}; without one the file names the organizer without an address
 *     ({@code invalid:nomail}, as Outlook does), and calendars cannot reply
 */
public record Organizer(String name, String email) {

    public Organizer {
        Objects.requireNonNull(name, "name");
        email = Attendee.checkedEmail(email);
    }
}
