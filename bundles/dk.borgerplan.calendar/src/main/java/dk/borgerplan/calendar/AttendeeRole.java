package dk.borgerplan.calendar;

import dk.borgerplan.platform.Text;

/** How someone takes part, as iCalendar's {@code ROLE} parameter says it. */
public enum AttendeeRole {
    /** Leads the meeting ({@code ROLE=CHAIR}), e.g. the caseworker. */
    CHAIR("CHAIR", Text.of("Mødeleder", "Chair")),
    /** Expected to attend ({@code ROLE=REQ-PARTICIPANT}), e.g. the citizen and the contact person. */
    REQUIRED("REQ-PARTICIPANT", Text.of("Deltager", "Participant")),
    /** Welcome but not required ({@code ROLE=OPT-PARTICIPANT}), e.g. a relative the citizen has invited. */
    OPTIONAL("OPT-PARTICIPANT", Text.of("Valgfri deltager", "Optional participant")),
    /** Informed only ({@code ROLE=NON-PARTICIPANT}). */
    INFORMED("NON-PARTICIPANT", Text.of("Til orientering", "For information"));

    private final String ical;
    private final Text label;

    AttendeeRole(String ical, Text label) {
        this.ical = ical;
        this.label = label;
    }

    /** The value of iCalendar's {@code ROLE} parameter. */
    public String ical() {
        return ical;
    }

    public Text label() {
        return label;
    }
}
