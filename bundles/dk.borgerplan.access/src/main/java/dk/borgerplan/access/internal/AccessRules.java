package dk.borgerplan.access.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dk.borgerplan.access.Decision;
import dk.borgerplan.access.Grant;
import dk.borgerplan.access.GrantKind;
import dk.borgerplan.access.Operation;
import dk.borgerplan.access.Part;
import dk.borgerplan.accounts.Account;
import dk.borgerplan.plan.Citizen;
import dk.borgerplan.plan.Offer;

/**
 * The rules, as a function of what is known: who asks (account and teams), the citizen's relationships, and what is
 * asked for. Nothing here reads a store, so every rule is tested by {@code AccessRulesTest} on its own.
 */
final class AccessRules {

    /**
     * What a request reaches of a citizen's data.
     *
     * @param citizen the citizen with their offers, read only when a provider's staff ask (null otherwise)
     * @param goalOfferIds the offers a goal works with (empty: all), or null when the request names no single goal
     *            (read only when a provider's staff ask)
     * @param meetingId the preparation meeting, or null when it names none
     */
    record Target(String citizenId, Citizen citizen, List<String> goalOfferIds, String meetingId) {
    }

    private AccessRules() {
    }

    static Decision decide(Account account, Set<String> teams, List<Grant> grants, Target target, Part part,
            Operation operation, LocalDate today) {
        String citizenId = target.citizenId();
        List<Grant> holding = grants.stream().filter(g -> g.citizenId().equals(citizenId) && g.holdsOn(today))
                .toList();
        return switch (account.role()) {
            case ADMINISTRATOR -> Decision.deny(citizenId, "no-relationship");
            case CASEWORKER -> caseworker(account, teams, holding, citizenId);
            case OFFER_MANAGER, CONTACT_PERSON -> provider(account, target, part, operation);
            case CITIZEN -> citizen(account, holding, citizenId, part, operation);
            case RELATIVE -> relative(account, holding, citizenId, part, operation);
            case PEER_GUIDE -> peerGuide(account, holding, target, part, operation);
        };
    }

    /** A caseworker may do everything with the citizens of their own caseload and their teams' caseloads. */
    private static Decision caseworker(Account account, Set<String> teams, List<Grant> grants, String citizenId) {
        if (grants.stream().anyMatch(g -> g.kind() == GrantKind.CASEWORKER && account.id().equals(g.accountId()))) {
            return Decision.allow(citizenId, "caseload");
        }
        if (grants.stream().anyMatch(g -> g.kind() == GrantKind.TEAM && teams.contains(g.team()))) {
            return Decision.allow(citizenId, "team");
        }
        return Decision.deny(citizenId, "no-relationship");
    }

    /**
     * A provider's staff (offer manager, contact person) reach a citizen who receives an offer from their
     * organisation: the record (without CPR number), and the goals their offer works on with those goals' staircases
     * and follow-up — the parts of the plan shared with the offer, nothing else.
     */
    private static Decision provider(Account account, Target target, Part part, Operation operation) {
        String citizenId = target.citizenId();
        List<String> offers = target.citizen() == null ? List.of()
                : offersProvidedBy(account.organisation(), target.citizen());
        if (offers.isEmpty()) {
            return Decision.deny(citizenId, "no-relationship");
        }
        if (part == Part.RECORD && operation == Operation.READ) {
            return Decision.allow(citizenId, "offer");
        }
        // The offer plans the plan meetings with the authority (October planning) and gets the citizen to a
        // preparation meeting (seed 001, 2.2.1): its staff read and change the citizen's year wheel.
        if (part == Part.SCHEDULE) {
            return Decision.allow(citizenId, "offer");
        }
        if (part == Part.GOAL || part == Part.STAIRCASE) {
            List<String> goalOffers = target.goalOfferIds();
            if (goalOffers == null) {
                // A list of goals: allowed, and each goal in it decided on its own.
                return operation == Operation.READ ? Decision.allow(citizenId, "offer")
                        : Decision.deny(citizenId, "not-shared");
            }
            if (goalOffers.isEmpty() || goalOffers.stream().anyMatch(offers::contains)) {
                return Decision.allow(citizenId, "offer");
            }
        }
        return Decision.deny(citizenId, "not-shared");
    }

    static List<String> offersProvidedBy(String organisation, Citizen citizen) {
        if (organisation == null || organisation.isBlank()) {
            return List.of();
        }
        String wanted = organisation.strip().toLowerCase(Locale.ROOT);
        return citizen.offers().stream()
                .filter(o -> o.provider() != null && o.provider().strip().toLowerCase(Locale.ROOT).equals(wanted))
                .map(Offer::id).toList();
    }

    /** The citizen reads all of their own data, and writes in their preparation sheet. */
    private static Decision citizen(Account account, List<Grant> grants, String citizenId, Part part,
            Operation operation) {
        if (grants.stream().noneMatch(g -> g.kind() == GrantKind.CITIZEN_ACCOUNT
                && account.id().equals(g.accountId()))) {
            return Decision.deny(citizenId, "no-relationship");
        }
        if (operation == Operation.READ || part == Part.PREPARATION_SHEET) {
            return Decision.allow(citizenId, "self");
        }
        return Decision.deny(citizenId, "not-covered");
    }

    /** A relative reads the record and what the citizen's consent covers, while it holds; never writes. */
    private static Decision relative(Account account, List<Grant> grants, String citizenId, Part part,
            Operation operation) {
        List<Grant> consents = grants.stream()
                .filter(g -> g.kind() == GrantKind.RELATIVE_CONSENT && account.id().equals(g.accountId())).toList();
        if (consents.isEmpty()) {
            return Decision.deny(citizenId, "no-relationship");
        }
        // The year wheel's meetings belong to the plan: a consent to the plan covers them.
        Part covering = part == Part.SCHEDULE ? Part.PLAN : part;
        if (operation == Operation.READ && (part == Part.RECORD || consents.stream().anyMatch(
                g -> g.parts().contains(covering)))) {
            return Decision.allow(citizenId, "consent");
        }
        return Decision.deny(citizenId, "not-covered");
    }

    /** A peer guide reads the meeting they are invited to and reads and writes its sheet; nothing else. */
    private static Decision peerGuide(Account account, List<Grant> grants, Target target, Part part,
            Operation operation) {
        String citizenId = target.citizenId();
        boolean invited = target.meetingId() != null && grants.stream()
                .anyMatch(g -> g.kind() == GrantKind.PEER_GUIDE_INVITATION && account.id().equals(g.accountId())
                        && target.meetingId().equals(g.preparationMeetingId()));
        if (!invited) {
            return Decision.deny(citizenId, "no-relationship");
        }
        if (part == Part.PREPARATION_SHEET || part == Part.PREPARATION_MEETING && operation == Operation.READ) {
            return Decision.allow(citizenId, "invitation");
        }
        return Decision.deny(citizenId, "not-covered");
    }
}
