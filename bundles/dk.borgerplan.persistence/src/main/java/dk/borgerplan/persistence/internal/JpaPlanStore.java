package dk.borgerplan.persistence.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.RollbackException;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dk.borgerplan.plan.Citizen;
import dk.borgerplan.plan.CprNumber;
import dk.borgerplan.plan.DuplicateCitizenException;
import dk.borgerplan.plan.NotFoundException;
import dk.borgerplan.plan.Page;
import dk.borgerplan.plan.Plan;
import dk.borgerplan.plan.PlanCycle;
import dk.borgerplan.plan.StateConflictException;
import dk.borgerplan.plan.VersionConflictException;
import dk.borgerplan.plan.spi.PlanStore;
import dk.borgerplan.platform.Health;
import dk.borgerplan.platform.HealthCheck;
import dk.borgerplan.platform.PlatformHome;

/**
 * The plan store on embedded Derby. The database is opened on a thread of its own when the component activates, so
 * that the HTTP server and the other bundles start meanwhile; the first call that needs it waits for it.
 */
@Component(service = { PlanStore.class, HealthCheck.class }, configurationPid = "dk.borgerplan.persistence",
        immediate = true)
@Designate(ocd = StoreConfig.class)
public class JpaPlanStore implements PlanStore, HealthCheck {

    private static final Logger LOG = LoggerFactory.getLogger(JpaPlanStore.class);

    private final DerbyDatabase database;
    private final CompletableFuture<EntityManagerFactory> factory = new CompletableFuture<>();

    @Activate
    public JpaPlanStore(@Reference PlatformHome home, StoreConfig config) throws java.io.IOException {
        this(config.dataDirectory().isBlank() ? home.resolve("data")
                : home.directory().resolve(config.dataDirectory()).normalize());
    }

    JpaPlanStore(Path dataDirectory) throws java.io.IOException {
        this.database = new DerbyDatabase(dataDirectory);
        Thread opener = new Thread(this::open, "borgerplan-store-open");
        opener.setDaemon(true);
        opener.start();
    }

    private void open() {
        long started = System.nanoTime();
        try {
            factory.complete(PersistenceUnit.open(database.dataSource(), "Derby"));
            LOG.info("Store ready: embedded Derby database at {} ({} ms)", database.directory(),
                    (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException | Error e) {
            LOG.error("Store could not open the database at {}: {}", database.directory(), e.toString());
            factory.completeExceptionally(e);
        }
    }

    @Deactivate
    void close() {
        try {
            factory.join().close();
        } catch (RuntimeException e) {
            LOG.warn("Store closed after a failed start");
        }
        database.close();
        LOG.info("Store closed: {}", database.directory());
    }

    @Override
    public String part() {
        return "store";
    }

    @Override
    public Health check() {
        if (!factory.isDone()) {
            return Health.down("starting");
        }
        if (factory.isCompletedExceptionally()) {
            return Health.down("the database could not be opened; see the log");
        }
        try {
            return read(em -> {
                em.createQuery("SELECT COUNT(c) FROM CitizenEntity c", Long.class).getSingleResult();
                return Health.up(Map.of("database", "Apache Derby (embedded)"));
            });
        } catch (RuntimeException e) {
            return Health.down("the database does not answer: " + e.getClass().getSimpleName());
        }
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

    private static boolean isUniqueViolation(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
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
        try {
            return write(em -> {
                CycleEntity entity = em.find(CycleEntity.class, cycle.id());
                if (entity == null) {
                    throw new NotFoundException("cycle", cycle.id());
                }
                if (entity.version() != expectedVersion) {
                    throw new VersionConflictException("cycle", cycle.id(), expectedVersion, entity.version());
                }
                entity.apply(cycle);
                em.flush();
                return entity.toCycle();
            });
        } catch (OptimisticLockException e) {
            long current = cycle(cycle.id()).map(PlanCycle::version).orElse(-1L);
            throw new VersionConflictException("cycle", cycle.id(), expectedVersion, current);
        }
    }

    @Override
    public Optional<Plan> plan(String id) {
        return read(em -> Optional.ofNullable(em.find(PlanEntity.class, id)).map(PlanEntity::toPlan));
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
        try {
            return write(em -> {
                PlanEntity entity = em.find(PlanEntity.class, plan.id());
                if (entity == null) {
                    throw new NotFoundException("plan", plan.id());
                }
                if (entity.version() != expectedVersion) {
                    throw new VersionConflictException("plan", plan.id(), expectedVersion, entity.version());
                }
                if (keepRevision) {
                    Plan previous = entity.toPlan();
                    em.persist(new RevisionEntity(previous.id(), previous.revision(), Snapshots.of(previous)));
                }
                entity.apply(plan);
                em.flush();
                return entity.toPlan();
            });
        } catch (OptimisticLockException e) {
            // Another writer committed between our read and our write: the version check in SQL caught it.
            long current = plan(plan.id()).map(Plan::version).orElse(-1L);
            throw new VersionConflictException("plan", plan.id(), expectedVersion, current);
        }
    }

    private EntityManagerFactory factory() {
        try {
            return factory.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the store was opening", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("The store could not be opened", e.getCause());
        }
    }

    private <T> T read(Function<EntityManager, T> work) {
        try (EntityManager em = factory().createEntityManager()) {
            return work.apply(em);
        }
    }

    private <T> T write(Function<EntityManager, T> work) {
        try (EntityManager em = factory().createEntityManager()) {
            EntityTransaction transaction = em.getTransaction();
            transaction.begin();
            try {
                T result = work.apply(em);
                transaction.commit();
                return result;
            } catch (RollbackException e) {
                if (e.getCause() instanceof OptimisticLockException lock) {
                    throw lock;
                }
                throw e;
            } finally {
                if (transaction.isActive()) {
                    transaction.rollback();
                }
            }
        }
    }
}
