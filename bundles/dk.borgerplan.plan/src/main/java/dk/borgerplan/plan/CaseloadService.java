package dk.borgerplan.plan;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The caseworker's citizens at a glance: found by name, each with where the current cycle stands and what is due
 * ({@link Due}). What is due is decided here, by the plan model's rules, not by a client.
 */
@ProviderType
public interface CaseloadService {

    /**
     * The citizens whose name contains {@code name} (ignoring case and the blanks around it; every citizen when it is
     * null or blank), ordered by name, one page at a time, each with its status.
     */
    Page<CitizenStatus> search(String name, int offset, int limit);

    /** As {@link #search(String, int, int)}, among only the citizens {@code among} accepts (those the user may see). */
    Page<CitizenStatus> search(String name, java.util.function.Predicate<Citizen> among, int offset, int limit);

    /**
     * One citizen's status.
     *
     * @throws NotFoundException when the citizen does not exist
     */
    CitizenStatus status(String citizenId);
}
