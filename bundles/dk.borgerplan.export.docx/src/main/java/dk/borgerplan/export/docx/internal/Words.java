package dk.borgerplan.export.docx.internal;

import dk.borgerplan.platform.Text;

/** The fixed words of the plain document, in the seeds' wording (seed 001, 2.2.2) and in English. */
final class Words {

    private Words() {
    }

    static final Text TITLE = Text.of("Mit liv – Min plan", "My life – My plan");
    static final Text NAME = Text.of("Navn", "Name");
    static final Text DATE = Text.of("Dato", "Date");
    static final Text MEETING = Text.of("Borgerplansmøde", "Plan meeting");
    static final Text PURPOSE = Text.of("Formål", "Purpose");
    static final Text RESOURCE_FIELD = Text.of("Ressourcefeltet", "Resource field");
    static final Text THEME_FIELDS = Text.of("Livstemaer", "Life themes");
    static final Text EMPLOYMENT_FIELD = Text.of("Beskæftigelsesfeltet", "Employment field");
    static final Text GOALS = Text.of("Indsatsmål", "Goals");
    static final Text GOAL = Text.of("Mål", "Goal");
    static final Text GOAL_TYPE = Text.of("Måltype", "Goal type");
    static final Text THEME = Text.of("Livstema", "Life theme");
    static final Text SCORE_NOW = Text.of("Score nu", "Score now");
    static final Text SCORE_EXPECTED = Text.of("Score forventet", "Expected score");
    static final Text CITIZEN_SCORE = Text.of("Borgerens egen score", "The citizen's own score");
    static final Text DISAGREEMENT = Text.of("Uenighed om scoren", "Disagreement about the score");
    static final Text DELIMITATION = Text.of("Afgrænsning", "Delimitation");
    static final Text STATUS = Text.of("Status", "Status");
    static final Text SMART = Text.of("SMART", "SMART");
    static final Text SPECIFIC = Text.of("Specifikt", "Specific");
    static final Text MEASURABLE = Text.of("Målbart", "Measurable");
    static final Text ACCEPTED = Text.of("Accepteret", "Accepted");
    static final Text REALISTIC = Text.of("Realistisk", "Realistic");
    static final Text TIME_BOUND = Text.of("Tidsbestemt", "Time-bound");
    static final Text ICONS = Text.of("Ikoner", "Icons");
    static final Text NOTES = Text.of("Noter", "Notes");
    static final Text PARKING_LOT = Text.of("Parkeringspladsen", "Parking lot");
    static final Text APPROVALS = Text.of("Godkendelse", "Approval");
    static final Text APPROVED = Text.of("godkendt", "approved");
    static final Text ON_BEHALF_OF = Text.of("på vegne af", "on behalf of");
    static final Text NOT_APPROVED = Text.of("Planen er ikke godkendt endnu.", "The plan has not been approved yet.");
    static final Text NOTHING_WRITTEN = Text.of("Intet skrevet.", "Nothing written.");
}
