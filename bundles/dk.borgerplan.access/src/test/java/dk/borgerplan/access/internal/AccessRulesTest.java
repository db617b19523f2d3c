package dk.borgerplan.access.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dk.borgerplan.access.Decision;
import dk.borgerplan.access.Grant;
import dk.borgerplan.access.GrantKind;
import dk.borgerplan.access.Operation;
import dk.borgerplan.access.Part;
import dk.borgerplan.access.internal.AccessRules.Target;
import dk.borgerplan.accounts.Account;
import dk.borgerplan.accounts.Role;
import dk.borgerplan.plan.Citizen;
import dk.borgerplan.plan.Offer;
import dk.borgerplan.plan.OfferKind;
import dk.borgerplan.plan.PlanLook;

/**
 * The rules' edges, one by one; the whole matrix of roles × endpoints × relationships runs over HTTP in the
 * distribution's RelationshipMatrixIT.
 */
class AccessRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);
    private static final Offer HOUSING = new Offer("offer-housing", OfferKind.values()[0], "Bofællesskab",
            "Bofællesskabet Lærkevej", "Karin");
    private static final Offer WORKSHOP = new Offer("offer-workshop", OfferKind.values()[0], "Værksted",
            "Værkstedet Nord", null);
    private static final Citizen CITIZEN = new Citizen("citizen-1", "Testborger", null, Set.of(), "730", "730",
            List.of(HOUSING, WORKSHOP), List.of(), PlanLook.COLOURFUL, false, 1, null, null);

    private static Account account(String id, Role role, String organisation) {
        return new Account(id, id, id, role, organisation, false, Instant.EPOCH);
    }

    private static Grant grant(GrantKind kind, String accountId, String team, String meeting, Set<Part> parts,
            LocalDate until) {
        return new Grant("grant-" + kind + accountId + team, CITIZEN.id(), kind, accountId, team, meeting, parts,
                until, "caseworker", Instant.EPOCH);
    }

    private static Decision decide(Account account, Set<String> teams, List<Grant> grants, Target target, Part part,
            Operation operation) {
        return AccessRules.decide(account, teams, grants, target, part, operation, TODAY);
    }

    private static Target record() {
        return new Target(CITIZEN.id(), CITIZEN, null, null);
    }

    @Test
    void aCaseworkerReachesTheOwnAndTheTeamsCaseloadOnly() {
        Account own = account("own", Role.CASEWORKER, "Randers Kommune");
        List<Grant> grants = List.of(grant(GrantKind.CASEWORKER, "own", null, null, Set.of(), null),
                grant(GrantKind.TEAM, null, "Team Syd", null, Set.of(), null));
        assertEquals(Decision.allow(CITIZEN.id(), "caseload"),
                decide(own, Set.of(), grants, record(), Part.CPR, Operation.WRITE));
        Account colleague = account("colleague", Role.CASEWORKER, "Randers Kommune");
        assertEquals(Decision.allow(CITIZEN.id(), "team"),
                decide(colleague, Set.of("Team Syd"), grants, record(), Part.PLAN, Operation.WRITE));
        assertEquals(Decision.deny(CITIZEN.id(), "no-relationship"),
                decide(colleague, Set.of("Team Nord"), grants, record(), Part.RECORD, Operation.READ));
    }

    @Test
    void aProvidersStaffSeeTheRecordAndTheGoalsTheirOfferWorksOnNothingElse() {
        Account staff = account("karin", Role.CONTACT_PERSON, " bofællesskabet lærkevej ");
        Target housingGoal = new Target(CITIZEN.id(), CITIZEN, List.of(HOUSING.id()), null);
        Target workshopGoal = new Target(CITIZEN.id(), CITIZEN, List.of(WORKSHOP.id()), null);
        Target everyOffersGoal = new Target(CITIZEN.id(), CITIZEN, List.of(), null);
        assertTrue(decide(staff, Set.of(), List.of(), record(), Part.RECORD, Operation.READ).allowed());
        assertFalse(decide(staff, Set.of(), List.of(), record(), Part.RECORD, Operation.WRITE).allowed());
        assertFalse(decide(staff, Set.of(), List.of(), record(), Part.CPR, Operation.READ).allowed());
        assertFalse(decide(staff, Set.of(), List.of(), record(), Part.PLAN, Operation.READ).allowed());
        assertTrue(decide(staff, Set.of(), List.of(), housingGoal, Part.STAIRCASE, Operation.WRITE).allowed());
        assertTrue(decide(staff, Set.of(), List.of(), everyOffersGoal, Part.GOAL, Operation.WRITE).allowed(),
                "a goal that names no offer is every offer's");
        assertEquals(Decision.deny(CITIZEN.id(), "not-shared"),
                decide(staff, Set.of(), List.of(), workshopGoal, Part.GOAL, Operation.READ));
        Account elsewhere = account("other", Role.OFFER_MANAGER, "Et andet bosted");
        assertEquals(Decision.deny(CITIZEN.id(), "no-relationship"),
                decide(elsewhere, Set.of(), List.of(), housingGoal, Part.GOAL, Operation.READ));
        assertFalse(decide(account("none", Role.OFFER_MANAGER, null), Set.of(), List.of(), record(), Part.RECORD,
                Operation.READ).allowed(), "no organisation, no offer");
        // The year wheel: the offer plans the meetings with the authority and signs the citizen up.
        assertEquals(Decision.allow(CITIZEN.id(), "offer"),
                decide(staff, Set.of(), List.of(), record(), Part.SCHEDULE, Operation.WRITE));
        assertFalse(decide(elsewhere, Set.of(), List.of(), record(), Part.SCHEDULE, Operation.READ).allowed());
    }

    @Test
    void theCitizenReadsEverythingOfTheirOwnAndWritesOnlyInThePreparationSheet() {
        Account self = account("self", Role.CITIZEN, null);
        List<Grant> grants = List.of(grant(GrantKind.CITIZEN_ACCOUNT, "self", null, null, Set.of(), null));
        for (Part part : Part.values()) {
            assertTrue(decide(self, Set.of(), grants, record(), part, Operation.READ).allowed(), part.name());
            assertEquals(part == Part.PREPARATION_SHEET,
                    decide(self, Set.of(), grants, record(), part, Operation.WRITE).allowed(), part.name());
        }
        assertFalse(decide(account("someone", Role.CITIZEN, null), Set.of(), grants, record(), Part.RECORD,
                Operation.READ).allowed());
    }

    @Test
    void aRelativeReadsWhatTheConsentCoversWhileItHolds() {
        Account mother = account("mother", Role.RELATIVE, null);
        Grant consent = grant(GrantKind.RELATIVE_CONSENT, "mother", null, null, Set.of(Part.PLAN), TODAY);
        assertEquals(Decision.allow(CITIZEN.id(), "consent"),
                decide(mother, Set.of(), List.of(consent), record(), Part.PLAN, Operation.READ));
        assertTrue(decide(mother, Set.of(), List.of(consent), record(), Part.RECORD, Operation.READ).allowed());
        assertEquals(Decision.deny(CITIZEN.id(), "not-covered"),
                decide(mother, Set.of(), List.of(consent), record(), Part.PREPARATION_SHEET, Operation.READ));
        assertFalse(decide(mother, Set.of(), List.of(consent), record(), Part.PLAN, Operation.WRITE).allowed());
        assertFalse(decide(mother, Set.of(), List.of(consent), record(), Part.CPR, Operation.READ).allowed());
        // The year wheel's meetings belong to the plan: read with a consent to the plan, not without.
        assertTrue(decide(mother, Set.of(), List.of(consent), record(), Part.SCHEDULE, Operation.READ).allowed());
        assertFalse(decide(mother, Set.of(), List.of(consent), record(), Part.SCHEDULE, Operation.WRITE).allowed());
        Grant sheetOnly = grant(GrantKind.RELATIVE_CONSENT, "mother", null, null, Set.of(Part.PREPARATION_SHEET),
                TODAY);
        assertEquals(Decision.deny(CITIZEN.id(), "not-covered"),
                decide(mother, Set.of(), List.of(sheetOnly), record(), Part.SCHEDULE, Operation.READ));
        // The consent's last day is included; the day after, it no longer holds.
        assertFalse(AccessRules.decide(mother, Set.of(), List.of(consent), record(), Part.PLAN, Operation.READ,
                TODAY.plusDays(1)).allowed());
    }

    @Test
    void aPeerGuideReachesOnlyTheSheetOfTheMeetingTheyAreInvitedTo() {
        Account guide = account("guide", Role.PEER_GUIDE, null);
        List<Grant> grants = List.of(grant(GrantKind.PEER_GUIDE_INVITATION, "guide", null, "meeting-1", Set.of(),
                null));
        Target invited = new Target(CITIZEN.id(), CITIZEN, null, "meeting-1");
        Target other = new Target(CITIZEN.id(), CITIZEN, null, "meeting-2");
        assertEquals(Decision.allow(CITIZEN.id(), "invitation"),
                decide(guide, Set.of(), grants, invited, Part.PREPARATION_SHEET, Operation.WRITE));
        assertTrue(decide(guide, Set.of(), grants, invited, Part.PREPARATION_MEETING, Operation.READ).allowed());
        assertFalse(decide(guide, Set.of(), grants, invited, Part.PREPARATION_MEETING, Operation.WRITE).allowed());
        assertFalse(decide(guide, Set.of(), grants, other, Part.PREPARATION_SHEET, Operation.READ).allowed());
        assertFalse(decide(guide, Set.of(), grants, record(), Part.RECORD, Operation.READ).allowed());
    }

    @Test
    void theAdministratorReachesNoCitizenWhateverIsRecorded() {
        Account admin = account("admin", Role.ADMINISTRATOR, "Randers Kommune");
        List<Grant> grants = List.of(grant(GrantKind.CASEWORKER, "admin", null, null, Set.of(), null));
        for (Part part : Part.values()) {
            assertFalse(decide(admin, Set.of(), grants, record(), part, Operation.READ).allowed(), part.name());
        }
    }
}
