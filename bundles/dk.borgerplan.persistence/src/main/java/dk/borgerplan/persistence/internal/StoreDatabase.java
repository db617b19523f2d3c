package dk.borgerplan.persistence.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.BiConsumer;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.RollbackException;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dk.borgerplan.plan.NotFoundException;
import dk.borgerplan.plan.VersionConflictException;
import dk.borgerplan.platform.Health;
import dk.borgerplan.platform.HealthCheck;
import dk.borgerplan.platform.PlatformHome;

/**
 * The one database every store of this bundle works in. It opens on a thread of its own when the component
 * activates, so that the HTTP server and the other bundles start meanwhile; the first call that needs it waits.
 * Each {@link #read} and {@link #write} is one EntityManager, and a write is one transaction.
 */
@Component(service = { StoreDatabase.class, HealthCheck.class }, configurationPid = "dk.borgerplan.persistence",
        immediate = true)
@Designate(ocd = StoreConfig.class)
public class StoreDatabase implements HealthCheck {

    private static final Logger LOG = LoggerFactory.getLogger(StoreDatabase.class);

    private final DerbyDatabase database;
    private final CompletableFuture<EntityManagerFactory> factory = new CompletableFuture<>();

    @Activate
    public StoreDatabase(@Reference PlatformHome home, StoreConfig config) throws java.io.IOException {
        this(config.dataDirectory().isBlank() ? home.resolve("data")
                : home.directory().resolve(config.dataDirectory()).normalize());
    }

    StoreDatabase(Path dataDirectory) throws java.io.IOException {
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

    /**
     * EclipseLink's connection pools now (the default write pool and the read pool, summed); zeros while the store
     * is opening or when it could not open.
     */
    dk.borgerplan.platform.StorePool.Usage poolUsage() {
        if (!factory.isDone() || factory.isCompletedExceptionally()) {
            return new dk.borgerplan.platform.StorePool.Usage(0, 0, 0);
        }
        org.eclipse.persistence.sessions.server.ServerSession session = factory.join()
                .unwrap(org.eclipse.persistence.jpa.JpaEntityManagerFactory.class).getServerSession();
        java.util.List<org.eclipse.persistence.sessions.server.ConnectionPool> pools = new java.util.ArrayList<>(
                session.getConnectionPools().values());
        pools.add(session.getReadConnectionPool());
        int open = 0;
        int idle = 0;
        int max = 0;
        for (org.eclipse.persistence.sessions.server.ConnectionPool pool : pools) {
            open += pool.getTotalNumberOfConnections();
            idle += pool.getConnectionsAvailable().size();
            max += pool.getMaxNumberOfConnections();
        }
        return new dk.borgerplan.platform.StorePool.Usage(open, idle, max);
    }

    /** The JDBC data source under the persistence unit, for tools that need plain SQL (benchmarks, backups). */
    javax.sql.DataSource dataSource() {
        return database.dataSource();
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

    <T> T read(Function<EntityManager, T> work) {
        try (EntityManager em = factory().createEntityManager()) {
            return work.apply(em);
        }
    }

    /** Runs {@code work} in one transaction; an optimistic lock failure at commit is thrown as itself. */
    <T> T write(Function<EntityManager, T> work) {
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

    /**
     * Changes the stored {@code type} with this id in one transaction, provided its version is still
     * {@code expectedVersion}, and returns {@code result} of it as stored. A missing one is a
     * {@link NotFoundException}; one that moved on is a {@link VersionConflictException}, also when another writer
     * commits between our read and our write (the SQL {@code UPDATE … WHERE VERSION = ?} catches that).
     */
    <E extends StampedEntity, T> T update(Class<E> type, String kind, String id, long expectedVersion,
            BiConsumer<EntityManager, E> change, Function<E, T> result) {
        try {
            return write(em -> {
                E entity = em.find(type, id);
                if (entity == null) {
                    throw new NotFoundException(kind, id);
                }
                if (entity.version() != expectedVersion) {
                    throw new VersionConflictException(kind, id, expectedVersion, entity.version());
                }
                change.accept(em, entity);
                em.flush();
                return result.apply(entity);
            });
        } catch (OptimisticLockException e) {
            long current = read(em -> Optional.ofNullable(em.find(type, id)).map(StampedEntity::version).orElse(-1L));
            throw new VersionConflictException(kind, id, expectedVersion, current);
        }
    }

    /** True when the failure is a unique constraint (SQLState 23505) somewhere in its causes. */
    /**
     * Inserts {@code entity} in a transaction of its own; false when its key (or another unique constraint) is taken,
     * so that a writer that lost a race can read again instead of failing.
     */
    boolean insertUnlessTaken(Object entity) {
        return insertAllUnlessTaken(List.of(entity));
    }

    /** Inserts the entities in one transaction: all, or none when a unique key of one is taken. */
    boolean insertAllUnlessTaken(List<?> entities) {
        try {
            write(em -> {
                entities.forEach(em::persist);
                em.flush();
                return null;
            });
            return true;
        } catch (jakarta.persistence.PersistenceException e) {
            if (isUniqueViolation(e)) {
                return false;
            }
            throw e;
        }
    }

    static boolean isUniqueViolation(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
