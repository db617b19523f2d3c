package dk.borgerplan.plan;

import dk.borgerplan.platform.Text;

/**
 * What the progression report groups goals by. A goal can count in more than one group of a grouping (a goal worked
 * on by two offers, a citizen in two teams, a cycle with sections of two methods), so the groups of a grouping do not
 * add up to a total, and none is published.
 */
public enum ProgressionGrouping {
    /** The offers that work on the goal (none named: every offer of the citizen), by provider and name. */
    OFFER(Text.of("Uden tilbud", "No offer")),
    /** The teams whose caseload holds the citizen (team grants in force). */
    TEAM(Text.of("Uden team", "No team")),
    /** The goal's primary theme (catalogue system, version and code). */
    THEME(Text.of("Uden tema", "No theme")),
    /** The methods whose plan sections were written in the goal's cycle. */
    METHOD(Text.of("Ingen metodeafsnit", "No method section")),
    /** The citizen's acting municipality (kommunekode). */
    MUNICIPALITY(Text.of("Ukendt handlekommune", "Acting municipality unknown"));

    private final Text none;

    ProgressionGrouping(Text none) {
        this.none = none;
    }

    /** The label of the group of goals that have no value for the grouping. */
    public Text none() {
        return none;
    }
}
