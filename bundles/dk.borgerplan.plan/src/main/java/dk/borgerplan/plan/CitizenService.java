package dk.borgerplan.plan;

import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/** Registers, changes and finds citizens. */
@ProviderType
public interface CitizenService {

    /** @throws ValidationException when the input breaks a rule */
    Citizen create(Actor actor, NewCitizen citizen);

    /**
     * Replaces what is registered about the citizen, provided nobody changed it since {@code basedOnVersion}. A CPR
     * number once registered is kept when the change leaves it out.
     *
     * @throws ValidationException when the input breaks a rule (an offer that a goal works with cannot be removed)
     * @throws VersionConflictException when the citizen has moved on
     */
    Citizen update(Actor actor, String citizenId, long basedOnVersion, NewCitizen citizen);

    Optional<Citizen> find(String id);

    /** Citizens ordered by name, one page at a time. */
    Page<Citizen> list(int offset, int limit);

    /** Citizens ordered by name, among only those {@code among} accepts (those the user may see), one page at a time. */
    Page<Citizen> list(java.util.function.Predicate<Citizen> among, int offset, int limit);
}
