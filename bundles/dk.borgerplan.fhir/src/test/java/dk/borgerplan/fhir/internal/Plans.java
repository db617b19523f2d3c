package dk.borgerplan.fhir.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import dk.borgerplan.plan.Approval;
import dk.borgerplan.plan.ApprovalParty;
import dk.borgerplan.plan.Citizen;
import dk.borgerplan.plan.CprNumber;
import dk.borgerplan.plan.Goal;
import dk.borgerplan.plan.GoalClosing;
import dk.borgerplan.plan.GoalReview;
import dk.borgerplan.plan.GoalStatus;
import dk.borgerplan.plan.GoalType;
import dk.borgerplan.plan.Participant;
import dk.borgerplan.plan.ParticipantRole;
import dk.borgerplan.plan.Plan;
import dk.borgerplan.plan.PlanMeeting;
import dk.borgerplan.plan.ReviewOutcome;
import dk.borgerplan.plan.Score;
import dk.borgerplan.plan.Stamp;
import dk.borgerplan.plan.TargetGroup;
import dk.borgerplan.plan.ThemeUse;
import dk.borgerplan.themes.ThemeRef;

/** Fictitious citizens and plans for the tests. */
final class Plans {

    static final String FFB = "urn:oid:1.2.208.176.2.22";
    static final String FFB_VERSION = "20240530";
    static final ThemeUse PRACTICAL = theme("eef71492-65f5-4297-aa95-3c3a6866ddef", "Praktiske opgaver");
    static final ThemeUse COOKING = theme("b947f321-7cdb-4b33-9653-f3ff800572b0", "Lave mad");
    static final ThemeUse SOCIETY = theme("dfbe6ff6-223b-436a-b864-8ba29bda41e2", "Samfundsliv");
    static final ThemeUse SELF_CARE = theme("da3f488f-1742-4d00-b247-a7d47500b36b", "Egenomsorg");
    static final ThemeUse RELATIONS = theme("3856b434-f72e-42a5-b9d1-0cc93f48434b", "Relationer");
    /** A made-up but well-formed number (1 January 1990); no real person is meant. */
    static final String CPR = "0101904321";

    static final Stamp CREATED = new Stamp("anne", Instant.parse("2027-03-01T09:00:00Z"));
    static final Stamp REVIEWED = new Stamp("anne", Instant.parse("2028-03-02T10:15:00Z"));

    private Plans() {
    }

    static ThemeUse theme(String code, String label) {
        return new ThemeUse(new ThemeRef(FFB, FFB_VERSION, code), label);
    }

    static Score fko(int value) {
        return new Score("fko", "1", value);
    }

    static Citizen citizen() {
        return new Citizen("citizen-1", "Testborger Fiktiv", CprNumber.parse(CPR),
                Set.of(TargetGroup.INTELLECTUAL_DISABILITY), "0730", "0730", null, false, 1, CREATED, CREATED);
    }

    static Goal goal(String id, int number, String text, GoalType type, ThemeUse primary, ThemeUse secondary,
            Score current, Score expected, Score citizen, GoalStatus status, GoalReview review) {
        GoalClosing closing = status == GoalStatus.ACTIVE ? null
                : new GoalClosing(status, status == GoalStatus.CLOSED_EARLY ? "Flyttet til andet tilbud" : null,
                        true, REVIEWED);
        return new Goal(id, null, number, text, null, "Gælder hverdage", primary, secondary, List.of(), type,
                current, expected, citizen, citizen != null && citizen.value() != current.value()
                        ? "Borger mener selv, at det går bedre" : null,
                List.of(), status, closing, review);
    }

    /** Three goals, one of each FFB goal type, each with a status review and the citizen's own score. */
    static Plan fullPlan(boolean approved) {
        Goal develop = goal("goal-develop", 1, "Jeg laver selv aftensmad to gange om ugen", GoalType.DEVELOP,
                COOKING, PRACTICAL, fko(3), fko(1), fko(2), GoalStatus.ACTIVE,
                new GoalReview(fko(2), ReviewOutcome.CONTINUE, "Det går fremad", REVIEWED));
        Goal maintain = goal("goal-maintain", 2, "Jeg betaler mine regninger til tiden", GoalType.MAINTAIN,
                SOCIETY, null, fko(1), fko(1), fko(1), GoalStatus.ACHIEVED,
                new GoalReview(fko(1), ReviewOutcome.END, null, REVIEWED));
        Goal limitLoss = goal("goal-limit", 3, "Støtte til at bevare kontakten til familien", GoalType.LIMIT_LOSS,
                RELATIONS, null, fko(2), fko(3), fko(2), GoalStatus.ACTIVE,
                new GoalReview(fko(3), ReviewOutcome.CONTINUE, null, REVIEWED));
        List<Approval> approvals = approved ? List.of(new Approval(ApprovalParty.CITIZEN, null, CREATED),
                new Approval(ApprovalParty.PROVIDER, null, CREATED),
                new Approval(ApprovalParty.AUTHORITY, null, CREATED)) : List.of(
                        new Approval(ApprovalParty.CITIZEN, null, CREATED));
        return new Plan("plan-1", "citizen-1", "cycle-1", "Jeg vil gerne klare mere selv i min egen bolig",
                List.of(develop, maintain, limitLoss), null, null, null, null, null, null, 1, approvals, 4, CREATED,
                CREATED, new PlanMeeting(LocalDate.of(2027, 3, 1),
                        List.of(new Participant("Testborger Fiktiv", ParticipantRole.CITIZEN))));
    }
}
