package dk.borgerplan.persistence.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import dk.borgerplan.plan.Citizen;
import dk.borgerplan.plan.CprNumber;
import dk.borgerplan.plan.DuplicateCitizenException;
import dk.borgerplan.plan.Page;
import dk.borgerplan.plan.Plan;
import dk.borgerplan.plan.PlanCycle;
import dk.borgerplan.plan.StateConflictException;
import dk.borgerplan.plan.spi.PlanStore;

/** The plan store: citizens, plans, cycles and revisions, in the bundle's one {@link StoreDatabase}. */
@Component(service = PlanStore.class)
public class JpaPlanStore implements PlanStore {

    /** A plan read only to be turned into a Plan needs no working copy and no backup copy for change tracking. */
    private static final Map<String, Object> READ_ONLY = Map.of("eclipselink.read-only", "true");

    private final StoreDatabase database;

    @Activate
    public JpaPlanStore(@Reference StoreDatabase database) {
        this.database = database;
    }

    @Override
    public Citizen insertCitizen(Citizen citizen) {
        try {
            return write(em -> {
                CitizenEntity entity = new CitizenEntity(citizen);
                em.persist(entity);
                em.flush();
                return entity.toCitizen();
            });
        } catch (PersistenceException e) {
            // A concurrent registration of the same CPR number passed the plan model's check; the unique
            // constraint caught it.
            if (citizen.cprNumber() != null && isUniqueViolation(e)) {
                throw new DuplicateCitizenException(citizenByCpr(citizen.cprNumber()).map(Citizen::id).orElse(""));
            }
            throw e;
        }
    }

    @Override
    public Optional<Citizen> citizenByCpr(CprNumber cprNumber) {
        return read(em -> em.createQuery("SELECT c FROM CitizenEntity c WHERE c.cpr = :cpr", CitizenEntity.class)
                .setParameter("cpr", cprNumber.value()).getResultStream().findFirst().map(CitizenEntity::toCitizen));
    }

    @Override
    public Optional<Citizen> citizen(String id) {
        return read(em -> Optional.ofNullable(em.find(CitizenEntity.class, id)).map(CitizenEntity::toCitizen));
    }

    @Override
    public Page<Citizen> citizens(int offset, int limit) {
        return read(em -> {
            List<Citizen> items = em
                    .createQuery("SELECT c FROM CitizenEntity c ORDER BY c.name, c.id", CitizenEntity.class)
                    .setFirstResult(offset).setMaxResults(limit).getResultList().stream()
                    .map(CitizenEntity::toCitizen).toList();
            long total = em.createQuery("SELECT COUNT(c) FROM CitizenEntity c", Long.class).getSingleResult();
            return new Page<>(items, offset, limit, total);
        });
    }

    @Override
    public Plan insertPlan(Plan plan) {
        try {
            return write(em -> {
                PlanEntity entity = new PlanEntity(plan);
                em.persist(entity);
                em.flush();
                ProgressionTally.changed(em, plan.citizenId());
                return entity.toPlan();
            });
        } catch (PersistenceException e) {
            // Two plans for one cycle at the same moment: the unique constraint keeps one.
            if (plan.cycleId() != null && isUniqueViolation(e)) {
                throw new StateConflictException("planExists");
            }
            throw e;
        }
    }

    @Override
    public Citizen updateCitizen(Citizen citizen, long expectedVersion) {
        try {
            return database.update(CitizenEntity.class, "citizen", citizen.id(), expectedVersion,
                    (em, entity) -> {
                        entity.apply(citizen);
                        ProgressionTally.changed(em, citizen.id());
                    }, CitizenEntity::toCitizen);
        } catch (PersistenceException e) {
            if (citizen.cprNumber() != null && isUniqueViolation(e)) {
                throw new DuplicateCitizenException(citizenByCpr(citizen.cprNumber()).map(Citizen::id).orElse(""));
            }
            throw e;
        }
    }

    @Override
    public Optional<Plan> planOfGoal(String goalId) {
        return read(em -> em
                .createQuery("SELECT p FROM PlanEntity p JOIN p.goals g WHERE g.goalId = :goal", PlanEntity.class)
                .setParameter("goal", goalId).getResultStream().findFirst().map(PlanEntity::toPlan));
    }

    @Override
    public Optional<String> citizenOfPlan(String planId) {
        return read(em -> em.createQuery("SELECT p.citizenId FROM PlanEntity p WHERE p.id = :id", String.class)
                .setParameter("id", planId).getResultStream().findFirst());
    }

    @Override
    public Optional<String> citizenOfGoal(String goalId) {
        return read(em -> em.createQuery("SELECT p.citizenId FROM PlanEntity p JOIN p.goals g WHERE g.goalId = :goal",
                String.class).setParameter("goal", goalId).getResultStream().findFirst());
    }

    @Override
    public Optional<String> citizenOfCycle(String cycleId) {
        return read(em -> em.createQuery("SELECT c.citizenId FROM CycleEntity c WHERE c.id = :id", String.class)
                .setParameter("id", cycleId).getResultStream().findFirst());
    }

    @Override
    public Optional<Plan> planOfCycle(String cycleId) {
        return read(em -> em.createQuery("SELECT p FROM PlanEntity p WHERE p.cycleId = :cycle", PlanEntity.class)
                .setParameter("cycle", cycleId).getResultStream().findFirst().map(PlanEntity::toPlan));
    }

    @Override
    public PlanCycle insertCycle(PlanCycle cycle) {
        try {
            return write(em -> {
                CycleEntity entity = new CycleEntity(cycle);
                em.persist(entity);
                em.flush();
                return entity.toCycle();
            });
        } catch (PersistenceException e) {
            // Two cycles with the same number for one citizen at the same moment: one open cycle at a time.
            if (isUniqueViolation(e)) {
                throw new StateConflictException("cycleOpen");
            }
            throw e;
        }
    }

    @Override
    public Optional<PlanCycle> cycle(String id) {
        return read(em -> Optional.ofNullable(em.find(CycleEntity.class, id)).map(CycleEntity::toCycle));
    }

    @Override
    public List<PlanCycle> cyclesOf(String citizenId) {
        return read(em -> em
                .createQuery("SELECT c FROM CycleEntity c WHERE c.citizenId = :citizen ORDER BY c.number DESC",
                        CycleEntity.class)
                .setParameter("citizen", citizenId).getResultList().stream().map(CycleEntity::toCycle).toList());
    }

    @Override
    public PlanCycle updateCycle(PlanCycle cycle, long expectedVersion) {
        return database.update(CycleEntity.class, "cycle", cycle.id(), expectedVersion,
                (em, entity) -> entity.apply(cycle), CycleEntity::toCycle);
    }

    @Override
    public Optional<Plan> plan(String id) {
        return read(em -> Optional.ofNullable(em.find(PlanEntity.class, id, READ_ONLY)).map(PlanEntity::toPlan));
    }

    @Override
    public List<Plan> plansOf(String citizenId) {
        return read(em -> em
                .createQuery("SELECT p FROM PlanEntity p WHERE p.citizenId = :citizen ORDER BY p.createdAt DESC, p.id",
                        PlanEntity.class)
                .setParameter("citizen", citizenId).getResultList().stream().map(PlanEntity::toPlan).toList());
    }

    @Override
    public Plan updatePlan(Plan plan, long expectedVersion) {
        return change(plan, expectedVersion, false);
    }

    @Override
    public Plan revisePlan(Plan plan, long expectedVersion) {
        return change(plan, expectedVersion, true);
    }

    @Override
    public List<Plan> planRevisions(String planId) {
        return read(em -> em
                .createQuery("SELECT r FROM RevisionEntity r WHERE r.planId = :plan ORDER BY r.revision",
                        RevisionEntity.class)
                .setParameter("plan", planId).getResultList().stream().map(r -> Snapshots.plan(r.snapshot()))
                .toList());
    }

    /** Replaces the plan's content if its version is still the expected one; when revising, keeps the old whole. */
    private Plan change(Plan plan, long expectedVersion, boolean keepRevision) {
        return database.update(PlanEntity.class, "plan", plan.id(), expectedVersion, (em, entity) -> {
            if (keepRevision) {
                Plan previous = entity.toPlan();
                em.persist(new RevisionEntity(previous.id(), previous.revision(), Snapshots.of(previous)));
            }
            entity.apply(plan);
            ProgressionTally.changed(em, plan.citizenId());
        }, PlanEntity::toPlan);
    }

    private <T> T read(java.util.function.Function<EntityManager, T> work) {
        return database.read(work);
    }

    private <T> T write(java.util.function.Function<EntityManager, T> work) {
        return database.write(work);
    }

    private static boolean isUniqueViolation(Throwable e) {
        return StoreDatabase.isUniqueViolation(e);
    }
}
