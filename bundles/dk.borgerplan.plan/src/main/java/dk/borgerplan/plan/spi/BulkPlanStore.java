package dk.borgerplan.plan.spi;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.osgi.annotation.versioning.ConsumerType;

import dk.borgerplan.plan.Citizen;
import dk.borgerplan.plan.CprNumber;
import dk.borgerplan.plan.GoalStaircase;
import dk.borgerplan.plan.Plan;
import dk.borgerplan.plan.PlanCycle;

/**
 * Bulk storage of whole citizen histories, for generated test and demo data (the generator bundle): many citizens with
 * their cycles, plans and goal staircases in one transaction. The store keeps what it is given, exactly as the single
 * operations of {@link PlanStore} and {@link StaircaseStore} would have stored it; the caller makes histories the plan
 * model's rules allow. Not for users' changes: nothing here is checked, stamped or audited.
 */
@ConsumerType
public interface BulkPlanStore {

    /** A citizen and everything recorded about them: cycles (oldest first), the plans made in them, staircases. */
    record History(Citizen citizen, List<PlanCycle> cycles, List<Plan> plans, List<GoalStaircase> staircases) {

        public History {
            cycles = List.copyOf(cycles);
            plans = List.copyOf(plans);
            staircases = List.copyOf(staircases);
        }
    }

    /** Of these CPR numbers, the ones registered for a citizen already (one query). */
    Set<CprNumber> registered(Collection<CprNumber> cprNumbers);

    /**
     * Stores the histories in one transaction: all of them, or none (e.g. when a CPR number is taken, then as
     * {@link dk.borgerplan.plan.DuplicateCitizenException}). Versions start at 1, as after single inserts.
     */
    void insertAll(List<History> histories);
}
