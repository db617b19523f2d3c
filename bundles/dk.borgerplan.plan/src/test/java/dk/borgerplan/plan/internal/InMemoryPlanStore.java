package dk.borgerplan.plan.internal;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dk.borgerplan.plan.Citizen;
import dk.borgerplan.plan.CprNumber;
import dk.borgerplan.plan.NotFoundException;
import dk.borgerplan.plan.Page;
import dk.borgerplan.plan.Plan;
import dk.borgerplan.plan.PlanCycle;
import dk.borgerplan.plan.VersionConflictException;
import dk.borgerplan.plan.spi.PlanStore;

/** A store in memory for the plan model's unit tests, with the same version rule as the real one. */
class InMemoryPlanStore implements PlanStore {

    final Map<String, Citizen> citizens = new LinkedHashMap<>();
    final Map<String, Plan> plans = new LinkedHashMap<>();
    final Map<String, PlanCycle> cycles = new LinkedHashMap<>();

    @Override
    public synchronized PlanCycle insertCycle(PlanCycle cycle) {
        PlanCycle stored = withVersion(cycle, 1);
        cycles.put(stored.id(), stored);
        return stored;
    }

    @Override
    public synchronized Optional<PlanCycle> cycle(String id) {
        return Optional.ofNullable(cycles.get(id));
    }

    @Override
    public synchronized List<PlanCycle> cyclesOf(String citizenId) {
        return cycles.values().stream().filter(c -> c.citizenId().equals(citizenId))
                .sorted(Comparator.comparingInt(PlanCycle::number).reversed()).toList();
    }

    @Override
    public synchronized PlanCycle updateCycle(PlanCycle cycle, long expectedVersion) {
        PlanCycle current = cycles.get(cycle.id());
        if (current.version() != expectedVersion) {
            throw new VersionConflictException("cycle", cycle.id(), expectedVersion, current.version());
        }
        PlanCycle stored = withVersion(cycle, expectedVersion + 1);
        cycles.put(stored.id(), stored);
        return stored;
    }

    final Map<String, List<Plan>> revisions = new LinkedHashMap<>();

    @Override
    public synchronized Plan revisePlan(Plan plan, long expectedVersion) {
        Plan previous = plans.get(plan.id());
        Plan stored = updatePlan(plan, expectedVersion);
        revisions.computeIfAbsent(plan.id(), id -> new java.util.ArrayList<>()).add(previous);
        return stored;
    }

    @Override
    public synchronized List<Plan> planRevisions(String planId) {
        return List.copyOf(revisions.getOrDefault(planId, List.of()));
    }

    @Override
    public synchronized Optional<Plan> planOfCycle(String cycleId) {
        return plans.values().stream().filter(p -> cycleId.equals(p.cycleId())).findFirst();
    }

    private static PlanCycle withVersion(PlanCycle cycle, long version) {
        return new PlanCycle(cycle.id(), cycle.citizenId(), cycle.number(), cycle.stage(), cycle.history(), version,
                cycle.created(), cycle.updated());
    }

    @Override
    public synchronized Citizen insertCitizen(Citizen citizen) {
        Citizen stored = withVersion(citizen, 1);
        citizens.put(stored.id(), stored);
        return stored;
    }

    private static Citizen withVersion(Citizen citizen, long version) {
        return new Citizen(citizen.id(), citizen.name(), citizen.cprNumber(), citizen.targetGroups(),
                citizen.actingMunicipality(), citizen.payingMunicipality(), citizen.offers(), citizen.people(),
                citizen.look(), citizen.visualPlanOptOut(), version, citizen.created(), citizen.updated());
    }

    @Override
    public synchronized Citizen updateCitizen(Citizen citizen, long expectedVersion) {
        Citizen stored = citizens.get(citizen.id());
        if (stored.version() != expectedVersion) {
            throw new dk.borgerplan.plan.VersionConflictException("citizen", citizen.id(), expectedVersion,
                    stored.version());
        }
        Citizen changed = withVersion(citizen, expectedVersion + 1);
        citizens.put(citizen.id(), changed);
        return changed;
    }

    @Override
    public synchronized Optional<Plan> planOfGoal(String goalId) {
        return plans.values().stream().filter(plan -> plan.goal(goalId).isPresent()).findFirst();
    }

    @Override
    public synchronized Optional<Citizen> citizenByCpr(CprNumber cprNumber) {
        return citizens.values().stream().filter(c -> cprNumber.equals(c.cprNumber())).findFirst();
    }

    @Override
    public synchronized Optional<Citizen> citizen(String id) {
        return Optional.ofNullable(citizens.get(id));
    }

    @Override
    public synchronized Page<Citizen> citizens(int offset, int limit) {
        List<Citizen> all = citizens.values().stream().sorted(Comparator.comparing(Citizen::name)).toList();
        return new Page<>(all.stream().skip(offset).limit(limit).toList(), offset, limit, all.size());
    }

    @Override
    public synchronized Plan insertPlan(Plan plan) {
        Plan stored = withVersion(plan, 1);
        plans.put(stored.id(), stored);
        return stored;
    }

    @Override
    public synchronized Optional<Plan> plan(String id) {
        return Optional.ofNullable(plans.get(id));
    }

    @Override
    public synchronized List<Plan> plansOf(String citizenId) {
        return plans.values().stream().filter(p -> p.citizenId().equals(citizenId)).toList();
    }

    @Override
    public synchronized Plan updatePlan(Plan plan, long expectedVersion) {
        Plan current = plans.get(plan.id());
        if (current == null) {
            throw new NotFoundException("plan", plan.id());
        }
        if (current.version() != expectedVersion) {
            throw new VersionConflictException("plan", plan.id(), expectedVersion, current.version());
        }
        Plan stored = withVersion(plan, expectedVersion + 1);
        plans.put(stored.id(), stored);
        return stored;
    }

    private static Plan withVersion(Plan plan, long version) {
        return plan.withVersion(version);
    }

    @Override
    public synchronized Optional<String> citizenOfPlan(String planId) {
        return Optional.ofNullable(plans.get(planId)).map(Plan::citizenId);
    }

    @Override
    public synchronized Optional<String> citizenOfGoal(String goalId) {
        return planOfGoal(goalId).map(Plan::citizenId);
    }

    @Override
    public synchronized Optional<String> citizenOfCycle(String cycleId) {
        return Optional.ofNullable(cycles.get(cycleId)).map(PlanCycle::citizenId);
    }
}
