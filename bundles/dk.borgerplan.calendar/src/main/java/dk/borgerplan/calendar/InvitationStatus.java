package dk.borgerplan.calendar;

import dk.borgerplan.platform.Text;

/** Whether the meeting takes place: a new or moved meeting is confirmed; a called-off one is cancelled. */
public enum InvitationStatus {
    /** Sent as {@code METHOD:REQUEST}, {@code STATUS:CONFIRMED}. */
    CONFIRMED(Text.of("Bekræftet", "Confirmed")),
    /** Sent as {@code METHOD:CANCEL}, {@code STATUS:CANCELLED}. */
    CANCELLED(Text.of("Aflyst", "Cancelled"));

    private final Text label;

    InvitationStatus(Text label) {
        this.label = label;
    }

    public Text label() {
        return label;
    }
}
