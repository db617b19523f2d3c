package dk.borgerplan.plan;

import dk.borgerplan.platform.Text;

/** Something due in a citizen's cycle, as {@link CaseloadService} finds it; the rules are in the README. */
public enum Due {
    /** The citizen has no cycle yet. */
    NO_CYCLE(Text.of("Ingen cyklus er startet", "No cycle started")),
    /** Before the plan meeting: its date is not known (it is recorded on the plan). */
    MEETING_DATE_MISSING(Text.of("Dato for borgerplansmøde mangler", "Plan meeting date missing")),
    /** Before the plan meeting: no preparation meeting in the cycle on or before the plan meeting's date. */
    PREPARATION_MISSING(Text.of("Forberedelsesmøde mangler", "Preparation meeting missing")),
    /** At the plan meeting: no plan has been made in the cycle. */
    PLAN_MISSING(Text.of("Borgerplan mangler", "Plan missing")),
    /** The cycle's plan (its current revision) is not approved by citizen, provider and authority. */
    PLAN_NOT_APPROVED(Text.of("Borgerplanen er ikke godkendt", "Plan not approved"));

    private final Text label;

    Due(Text label) {
        this.label = label;
    }

    public Text label() {
        return label;
    }
}
