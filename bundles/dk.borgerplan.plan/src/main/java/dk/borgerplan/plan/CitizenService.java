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

    /**
     * Every citizen {@code among} accepts (those the user may see), in one pass over the citizens page by page — for
     * what is made of all of them, such as a report or the year wheel; a page of {@link #list} holds at most 200.
     */
    default java.util.List<Citizen> all(java.util.function.Predicate<Citizen> among) {
        java.util.List<Citizen> found = new java.util.ArrayList<>();
        for (int at = 0;; ) {
            Page<Citizen> page = list(at, 200);
            page.items().stream().filter(among).forEach(found::add);
            at += page.items().size();
            if (page.items().isEmpty() || at >= page.total()) {
                return found;
            }
        }
    }

    /** The ids of every citizen {@code among} accepts ({@link #all}). */
    default java.util.Set<String> idsOf(java.util.function.Predicate<Citizen> among) {
        return all(among).stream().map(Citizen::id).collect(java.util.stream.Collectors.toSet());
    }
}
