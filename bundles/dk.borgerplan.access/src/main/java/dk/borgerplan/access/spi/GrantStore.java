package dk.borgerplan.access.spi;

import java.util.List;
import java.util.Set;

import org.osgi.annotation.versioning.ConsumerType;

import dk.borgerplan.access.Grant;

/** Stores the relationships ({@link Grant}) and which teams each account belongs to. */
@ConsumerType
public interface GrantStore {

    List<Grant> ofCitizen(String citizenId);

    /** The grants naming the account itself, of every citizen. */
    List<Grant> ofAccount(String accountId);

    /** The team grants of every citizen for any of the teams. */
    List<Grant> ofTeams(Set<String> teams);

    void insert(Grant grant);

    /** @return false when the citizen had no such grant */
    boolean delete(String citizenId, String grantId);

    Set<String> teamsOf(String accountId);

    void setTeams(String accountId, Set<String> teams);
}
