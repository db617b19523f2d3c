package dk.borgerplan.plan;

import dk.borgerplan.platform.Text;

/** What the year wheel's overview points out ({@link YearWheelService#overview}); the rules are in the README. */
public enum YearWheelItemKind {
    /** A citizen with an open cycle (or a plan) has no plan meeting scheduled from today on. */
    PLAN_MEETING_NOT_SCHEDULED(Text.of("Borgerplansmøde er ikke planlagt", "No plan meeting scheduled")),
    /** The plan meeting is 12 weeks away or less, and its date has not been announced to citizen and contact person. */
    NOT_ANNOUNCED(Text.of("Datoen for borgerplansmødet er ikke meldt ud til borger og kontaktperson",
            "The plan meeting's date has not been announced to citizen and contact person")),
    /** The plan meeting is 12 weeks away or less, and no preparation meeting is registered, scheduled or signed up for before it. */
    PREPARATION_MISSING(Text.of("Forberedelsesmøde mangler før borgerplansmødet",
            "No preparation meeting before the plan meeting")),
    /** The open cycle's plan is not approved by citizen, provider and authority. */
    PLAN_NOT_APPROVED(Text.of("Borgerplanen er ikke godkendt", "Plan not approved")),
    /** From the follow-up on, an active goal has no sub-goal on its staircase. */
    SUB_GOAL_MISSING(Text.of("Mål uden delmål", "Goal without sub-goals")),
    /** A new citizen's three-month follow-up is near or overdue and no plan meeting is scheduled for it. */
    THREE_MONTH_FOLLOW_UP(Text.of("Tremåneders-opfølgning", "Three-month follow-up")),
    /** An area has fewer than four group preparation meetings planned in a year. */
    FEW_GROUP_MEETINGS(Text.of("Færre end fire gruppeforberedelsesmøder i årshjulet",
            "Fewer than four group preparation meetings in the year wheel"));

    private final Text label;

    YearWheelItemKind(Text label) {
        this.label = label;
    }

    public Text label() {
        return label;
    }
}
