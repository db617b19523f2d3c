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

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;

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
 * The one database every store of this bundle works in — embedded Derby or a PostgreSQL server, as configured,
 * through one connection pool. It opens (and migrates, {@link Migrations}) on a thread of its own when the component
 * activates, so that the HTTP server and the other bundles start meanwhile; the first call that needs it waits.
 * Each {@link #read} and {@link #write} is one EntityManager, and a write is one transaction.
 */
@Component(service = { StoreDatabase.class, HealthCheck.class }, configurationPid = "dk.borgerplan.persistence",
        immediate = true)
@Designate(ocd = StoreConfig.class)
public class StoreDatabase implements HealthCheck {

    private static final Logger LOG = LoggerFactory.getLogger(StoreDatabase.class);

    private final Database database;
    private final HikariDataSource pool;
    private final CompletableFuture<EntityManagerFactory> factory = new CompletableFuture<>();
    private volatile String schemaVersion = "";

    @Activate
    public StoreDatabase(@Reference PlatformHome home, StoreConfig config) throws java.io.IOException {
        this(database(home, config, System.getenv()), config.poolSize());
    }

    /** The database the configuration names; a wrong one is refused with a message that names the setting. */
    static Database database(PlatformHome home, StoreConfig config, Map<String, String> environment)
            throws java.io.IOException {
        switch (config.database().strip().toLowerCase(java.util.Locale.ROOT)) {
        case "derby":
        case "":
            return new DerbyDatabase(config.dataDirectory().isBlank() ? home.resolve("data")
                    : home.directory().resolve(config.dataDirectory()).normalize());
        case "postgresql":
            if (config.url().isBlank()) {
                throw new IllegalArgumentException("database=postgresql needs url in etc/dk.borgerplan.persistence.cfg");
            }
            Path passwordFile = config.passwordFile().isBlank() ? null
                    : home.directory().resolve(config.passwordFile()).normalize();
            return new PostgresDatabase(config.url().strip(), config.user().strip(),
                    PostgresDatabase.password(passwordFile, environment));
        default:
            throw new IllegalArgumentException("database in etc/dk.borgerplan.persistence.cfg must be derby or postgresql");
        }
    }

    /** The embedded Derby database in {@code dataDirectory} (tests). */
    StoreDatabase(Path dataDirectory) throws java.io.IOException {
        this(new DerbyDatabase(dataDirectory), 16);
    }

    StoreDatabase(Database database, int poolSize) {
        this.database = database;
        this.pool = pool(database, poolSize);
        Thread opener = new Thread(this::open, "borgerplan-store-open");
        opener.setDaemon(true);
        opener.start();
    }

    /**
     * HikariCP over the database's own data source: EclipseLink takes a connection per query outside transactions,
     * and a pool makes that cheap on both databases. The pool opens its connections lazily (no failure at
     * activation when the server is down; the health check and the log say so).
     */
    private static HikariDataSource pool(Database database, int poolSize) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("borgerplan-store");
        config.setDataSource(database.dataSource());
        config.setMaximumPoolSize(Math.max(2, poolSize));
        config.setMinimumIdle(2);
        config.setAutoCommit(true);
        config.setInitializationFailTimeout(-1);
        config.setConnectionTimeout(30_000);
        config.setRegisterMbeans(false);
        return new HikariDataSource(config);
    }

    private void open() {
        long started = System.nanoTime();
        try {
            schemaVersion = Migrations.migrate(pool, database);
            factory.complete(PersistenceUnit.open(pool, database.eclipseLinkTarget(), "none"));
            LOG.info("Store ready: {} ({} ms, schema version {})", database.describe(),
                    (System.nanoTime() - started) / 1_000_000, schemaVersion);
        } catch (RuntimeException | Error e) {
            LOG.error("Store could not open {}: {}", database.describe(), e.toString());
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
        pool.close();
        database.close();
        LOG.info("Store closed: {}", database.describe());
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
                return Health.up(Map.of("database", database instanceof DerbyDatabase ? "Apache Derby (embedded)"
                        : "PostgreSQL", "schemaVersion", schemaVersion));
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
        HikariPoolMXBean usage = pool.getHikariPoolMXBean();
        if (usage == null) {
            return new dk.borgerplan.platform.StorePool.Usage(0, 0, pool.getMaximumPoolSize());
        }
        return new dk.borgerplan.platform.StorePool.Usage(usage.getTotalConnections(), usage.getIdleConnections(),
                pool.getMaximumPoolSize());
    }

    /** The JDBC data source under the persistence unit, for tools that need plain SQL (benchmarks, backups). */
    javax.sql.DataSource dataSource() {
        return pool;
    }

    /** The database under the pool (backups need to know which). */
    Database database() {
        return database;
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
