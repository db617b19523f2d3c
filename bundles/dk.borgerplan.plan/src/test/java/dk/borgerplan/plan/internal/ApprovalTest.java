package dk.borgerplan.plan.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import dk.borgerplan.plan.Actor;
import dk.borgerplan.plan.ApprovalDraft;
import dk.borgerplan.plan.ApprovalParty;
import dk.borgerplan.plan.Citizen;
import dk.borgerplan.plan.GoalDraft;
import dk.borgerplan.plan.NewCitizen;
import dk.borgerplan.plan.Plan;
import dk.borgerplan.plan.PlanDraft;
import dk.borgerplan.plan.ScoreDraft;
import dk.borgerplan.plan.StateConflictException;
import dk.borgerplan.plan.ValidationException;
import dk.borgerplan.plan.VersionConflictException;
import dk.borgerplan.scales.internal.BundledScaleCatalog;
import dk.borgerplan.themes.internal.BundledThemeCatalog;

/** Approval by citizen, provider and authority; after any approval a change is a new revision. */
class ApprovalTest {

    private static final Actor CASEWORKER = new Actor("sagsbehandler-1", "Sagsbehandler");
    private static final Actor GUARDIAN = new Actor("vaerge-1", "Værge");

    private final InMemoryPlanStore store = new InMemoryPlanStore();
    private final PlanModel plans = new PlanModel(store, new BundledScaleCatalog(), new BundledThemeCatalog(), 3,
            "fko", Clock.systemUTC());
    private final Citizen citizen = new CitizenRegistry(store).create(CASEWORKER, new NewCitizen("Testborger"));

    private static PlanDraft draft(String purpose) {
        return new PlanDraft(purpose,
                List.of(new GoalDraft("Jeg går en tur", new ScoreDraft(null, 2), new ScoreDraft(null, 1))));
    }

    @Test
    void thePlanIsApprovedWhenCitizenProviderAndAuthorityHaveApproved() {
        Plan plan = plans.create(CASEWORKER, citizen.id(), draft("Formål"));
        plan = plans.approve(GUARDIAN, plan.id(), plan.version(),
                new ApprovalDraft(ApprovalParty.CITIZEN, "Værge på vegne af borgeren"));
        assertFalse(plan.approved());
        plan = plans.approve(CASEWORKER, plan.id(), plan.version(), new ApprovalDraft(ApprovalParty.PROVIDER, null));
        plan = plans.approve(CASEWORKER, plan.id(), plan.version(), new ApprovalDraft(ApprovalParty.AUTHORITY, null));
        assertTrue(plan.approved());
        assertEquals("vaerge-1", plan.approvals().get(0).stamp().by());
        assertEquals("Værge på vegne af borgeren", plan.approvals().get(0).onBehalfOf());

        Plan approved = plan;
        StateConflictException twice = assertThrows(StateConflictException.class, () -> plans.approve(CASEWORKER,
                approved.id(), approved.version(), new ApprovalDraft(ApprovalParty.AUTHORITY, null)));
        assertEquals("Myndighed har allerede godkendt denne udgave af planen", twice.message(Locale.ROOT));
        assertThrows(VersionConflictException.class, () -> plans.approve(CASEWORKER, approved.id(), 1,
                new ApprovalDraft(ApprovalParty.CITIZEN, null)));
        assertThrows(ValidationException.class, () -> plans.approve(CASEWORKER, approved.id(), approved.version(),
                new ApprovalDraft(null, null)));
    }

    @Test
    void aChangeBeforeAnyApprovalEditsTheDraftAndAfterOneMakesANewRevision() {
        Plan plan = plans.create(CASEWORKER, citizen.id(), draft("Første udkast"));
        plan = plans.update(CASEWORKER, plan.id(), plan.version(), draft("Andet udkast"));
        assertEquals(1, plan.revision());
        assertEquals(1, plans.revisions(plan.id()).size());

        plan = plans.approve(CASEWORKER, plan.id(), plan.version(), new ApprovalDraft(ApprovalParty.CITIZEN, null));
        Plan changed = plans.update(CASEWORKER, plan.id(), plan.version(), draft("Efter godkendelse"));
        assertEquals(2, changed.revision());
        assertTrue(changed.approvals().isEmpty(), "the new revision needs approval again");

        List<Plan> revisions = plans.revisions(plan.id());
        assertEquals(List.of(1, 2), revisions.stream().map(Plan::revision).toList());
        assertEquals("Andet udkast", revisions.get(0).purpose());
        assertEquals(ApprovalParty.CITIZEN, revisions.get(0).approvals().get(0).party());
        assertEquals("Efter godkendelse", revisions.get(1).purpose());
    }
}
