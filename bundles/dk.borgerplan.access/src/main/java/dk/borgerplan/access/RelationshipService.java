package dk.borgerplan.access;

import java.util.List;
import java.util.Set;

import org.osgi.annotation.versioning.ProviderType;

import dk.borgerplan.accounts.Account;
import dk.borgerplan.plan.NotFoundException;
import dk.borgerplan.plan.ValidationException;

/**
 * Records who may see a citizen's data. Recording and revoking is itself an access to the citizen's
 * {@link Part#RELATIONSHIPS}, decided by {@link AuthorizationService} before these are called.
 */
@ProviderType
public interface RelationshipService {

    /** The citizen's relationships, oldest first. */
    List<Grant> grantsOf(String citizenId);

    /**
     * Records a relationship.
     *
     * @throws ValidationException when it lacks what its kind needs, names an account of the wrong role, a meeting
     *             of another citizen, a part a consent cannot cover, or an end in the past
     * @throws NotFoundException when the citizen does not exist
     */
    Grant grant(Account by, String citizenId, NewGrant grant);

    /** Puts a newly registered citizen in the registering caseworker's caseload. */
    Grant registered(Account caseworker, String citizenId);

    /**
     * Ends a relationship.
     *
     * @throws NotFoundException when the citizen has no such relationship
     */
    void revoke(Account by, String citizenId, String grantId);

    /** The teams an account belongs to. */
    Set<String> teamsOf(String accountId);

    /**
     * Replaces the teams an account belongs to (the administrator's task).
     *
     * @throws ValidationException when a team name is blank, too long or holds control characters
     */
    Set<String> setTeams(String accountId, Set<String> teams);
}
