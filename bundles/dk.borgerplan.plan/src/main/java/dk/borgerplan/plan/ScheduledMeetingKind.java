package dk.borgerplan.plan;

import dk.borgerplan.platform.Text;

/** What a meeting on the year wheel is: the citizen's yearly plan meeting, or an individual preparation meeting. */
public enum ScheduledMeetingKind {
    PLAN_MEETING(Text.of("Borgerplansmøde", "Plan meeting")),
    PREPARATION_MEETING(Text.of("Individuelt forberedelsesmøde", "Individual preparation meeting"));

    private final Text label;

    ScheduledMeetingKind(Text label) {
        this.label = label;
    }

    public Text label() {
        return label;
    }
}
