package dk.borgerplan.plan;

import java.util.List;
import java.util.Map;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The parts the active methods add to a cycle's plan ({@link dk.borgerplan.method.PlanSection}), and the answers to
 * their sheets. The plan model checks every entry against the section's fields — required fields, text lengths,
 * dates, amounts, choices, goals of the cycle's plan — and then the method's own rules
 * ({@link dk.borgerplan.method.Method#check}); only then is anything stored. Every change names the version it was
 * based on (0 for a section with no entries yet).
 *
 * @throws NotFoundException (every method) when the cycle, the method (not active) or its section does not exist
 */
@ProviderType
public interface SectionService {

    /** The section's entries in the cycle with the method's figures; an empty record with version 0 when none. */
    SectionRecord section(String cycleId, String methodId, String sectionId);

    /**
     * Replaces the section's entries. Each entry maps field ids to values as text ({@code "2026-11-22"},
     * {@code "1250.50"}, a choice's id, a goal's id, {@code "true"}); a blank value is no value.
     *
     * @throws ValidationException naming {@code entries[i].field} for every broken rule, the method's included
     * @throws StateConflictException ({@code cycleClosed}) when the cycle is closed
     * @throws VersionConflictException when the section has changed since {@code basedOnVersion}
     */
    SectionRecord save(Actor actor, String cycleId, String methodId, String sectionId, long basedOnVersion,
            List<Map<String, String>> entries);
}
