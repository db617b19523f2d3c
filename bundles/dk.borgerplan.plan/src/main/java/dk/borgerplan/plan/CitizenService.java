package dk.borgerplan.plan;

import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/** Registers and finds citizens. */
@ProviderType
public interface CitizenService {

    /** @throws ValidationException when the input breaks a rule */
    Citizen create(Actor actor, NewCitizen citizen);

    Optional<Citizen> find(String id);

    /** Citizens ordered by name, one page at a time. */
    Page<Citizen> list(int offset, int limit);
}
