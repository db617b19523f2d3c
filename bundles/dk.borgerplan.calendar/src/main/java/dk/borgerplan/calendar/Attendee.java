package dk.borgerplan.calendar;

import java.util.Objects;

/**
 * Someone invited.
 *
 * @param name the name shown in calendars
 * @param email the address the invitation goes to, or {@code null}: the person is still listed (with the address
 *     {@code invalid:nomail}), but no calendar will send them anything
 * @param role how they take part
 */
public record Attendee(String name, String email, AttendeeRole role) {

    public Attendee {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        email = checkedEmail(email);
    }

    /** Blank means none; anything else must look like one address (it becomes a {@code mailto:} URI). */
    static String checkedEmail(String email) {
        if (email == null || email.isBlank()) {
            return null;
        }
        String trimmed = email.strip();
        int at = trimmed.indexOf('@');
        if (at < 1 || at != trimmed.lastIndexOf('@') || at == trimmed.length() - 1
                || trimmed.chars().anyMatch(c -> Character.isWhitespace(c) || c == ':' || c == ';' || c == ',')) {
            // The message does not repeat the address: it may be personal data.
            throw new IllegalArgumentException("Not an e-mail address");
        }
        return trimmed;
    }
}
