package dk.borgerplan.plan;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/** The yearly cycle: opening it, moving it forward under its rules, and its history. */
@ProviderType
public interface CycleService {

    /**
     * Opens the citizen's next cycle at the preparation stage.
     *
     * @throws StateConflictException when the citizen has an open cycle already
     */
    PlanCycle open(Actor actor, String citizenId);

    Optional<PlanCycle> find(String cycleId);

    /** The citizen a cycle belongs to, without reading the cycle (for deciding access). */
    Optional<String> citizenOfCycle(String cycleId);

    /** The citizen's cycles, the newest first. */
    List<PlanCycle> cyclesOf(String citizenId);

    /**
     * The parking lot carried forward to this cycle: the thoughts parked in the previous cycle's plan, to be shown
     * at this cycle's preparation meeting. Empty for a first cycle.
     */
    List<String> carriedParkingLot(String cycleId);

    /**
     * Moves the cycle one stage forward, to {@code to}, if its rule is met. Closing a cycle (after the status at the
     * next plan meeting) opens the next one.
     *
     * @throws StateConflictException when {@code to} is not the next stage or its rule is not met
     * @throws VersionConflictException when the cycle has moved on since {@code basedOnVersion}
     */
    PlanCycle advance(Actor actor, String cycleId, long basedOnVersion, CycleStage to);
}
