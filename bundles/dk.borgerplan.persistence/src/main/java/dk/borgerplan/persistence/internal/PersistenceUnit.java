package dk.borgerplan.persistence.internal;

import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import javax.sql.DataSource;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.SharedCacheMode;
import jakarta.persistence.ValidationMode;
import jakarta.persistence.spi.ClassTransformer;
import jakarta.persistence.spi.PersistenceUnitInfo;
import jakarta.persistence.spi.PersistenceUnitTransactionType;

import org.eclipse.persistence.jpa.PersistenceProvider;

/**
 * Builds the EntityManagerFactory in code. EclipseLink 5 has no OSGi integration left (STACK.md trap 2): we list the
 * managed classes ourselves, hand it the DataSource, and give it a class loader that sees both our entities and
 * EclipseLink.
 */
final class PersistenceUnit {

    static final List<Class<?>> ENTITIES = List.of(StampedEntity.class, CitizenEntity.class, PlanEntity.class,
            GoalRow.class, FieldEntryRow.class, CycleEntity.class, TransitionRow.class, ApprovalRow.class,
            RevisionEntity.class, OfferRow.class, PersonRow.class, PreparationMeetingEntity.class,
            ParticipantRow.class, SheetEntryRow.class, PictureEntity.class, StaircaseEntity.class, SubGoalRow.class,
            StaircaseEventRow.class, SectionEntity.class, SectionValueRow.class, AuditEntryEntity.class,
            AuditChainStartEntity.class, AccountEntity.class, LoginSessionEntity.class, GrantEntity.class,
            TeamMemberEntity.class, ScheduledMeetingEntity.class, GroupPreparationMeetingEntity.class,
            GroupSignUpRow.class);

    private PersistenceUnit() {
    }

    static EntityManagerFactory open(DataSource dataSource, String targetDatabase) {
        // The schema is created on first start, and tables a newer version adds (e.g. the methods' sections) are
        // created when missing; EclipseLink then reports the existing ones once, as warnings. Until versioned
        // migrations take over, an existing schema is otherwise used as it is: EclipseLink's "extend" mode would try
        // to re-create existing constraints on every start.
        String ddl = allTablesExist(dataSource) ? "none" : "create-tables";
        ClassLoader loader = new JoinedClassLoader(PersistenceUnit.class.getClassLoader(),
                PersistenceProvider.class.getClassLoader());
        Map<String, Object> properties = Map.ofEntries(
                Map.entry("eclipselink.target-database", targetDatabase),
                Map.entry("eclipselink.archive.factory", NoArchiveFactory.class.getName()),
                Map.entry("eclipselink.ddl-generation", ddl),
                Map.entry("eclipselink.ddl-generation.output-mode", "database"),
                // Static weaving is not set up; without it lazy relations would silently turn eager (trap 3).
                Map.entry("eclipselink.weaving", "false"),
                // Two nodes on one database must never serve a stale object: no shared (L2) cache.
                Map.entry("eclipselink.cache.shared.default", "false"),
                // Not WARNING: EclipseLink's optimistic-lock warnings print the row's values (a goal's words), whatever
                // logging.parameters says. Conflicts reach the caller as VersionConflictException instead.
                Map.entry("eclipselink.logging.level", "SEVERE"),
                // Bind parameters carry personal data: never log them.
                Map.entry("eclipselink.logging.parameters", "false"),
                Map.entry("eclipselink.jdbc.batch-writing", "JDBC"),
                // Given a DataSource, EclipseLink opens and closes a connection for every query outside a transaction
                // (two Derby sessions per query: ten for reading one plan). A pool of open connections (up to 32),
                // each caching its prepared statements, about doubled plan reads and saves per second through the
                // API (distribution/bench/PlanStoreBench.java).
                Map.entry("eclipselink.connection-pool.force-internal-pool", "true"),
                Map.entry("eclipselink.jdbc.cache-statements", "true"));
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            EntityManagerFactory factory = new PersistenceProvider()
                    .createContainerEntityManagerFactory(new Info(dataSource, loader), properties);
            // Deployment is lazy: open one EntityManager so that schema and mapping errors surface now.
            try (EntityManager first = factory.createEntityManager()) {
                first.getMetamodel();
            }
            return factory;
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** CITIZEN stands for the first schema; the others were added by later versions. */
    static final List<String> TABLES = List.of("CITIZEN", "GOAL_STAIRCASE", "METHOD_SECTION", "METHOD_SECTION_VALUE",
            "AUDIT_ENTRY", "AUDIT_CHAIN_START", "USER_ACCOUNT", "USER_SESSION", "ACCESS_GRANT", "TEAM_MEMBER", "SCHEDULED_MEETING",
            "GROUP_PREPARATION_MEETING");

    private static boolean allTablesExist(DataSource dataSource) {
        try (java.sql.Connection connection = dataSource.getConnection()) {
            for (String table : TABLES) {
                try (java.sql.ResultSet tables = connection.getMetaData().getTables(null, null, table, null)) {
                    if (!tables.next()) {
                        return false;
                    }
                }
            }
            return true;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("The database cannot be opened (SQLState " + e.getSQLState() + ")", e);
        }
    }

    /** Tries this bundle's class loader first, then EclipseLink's. */
    private static final class JoinedClassLoader extends ClassLoader {

        private final ClassLoader second;

        JoinedClassLoader(ClassLoader first, ClassLoader second) {
            super(first);
            this.second = second;
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            return second.loadClass(name);
        }

        @Override
        protected URL findResource(String name) {
            return second.getResource(name);
        }
    }

    private record Info(DataSource dataSource, ClassLoader loader) implements PersistenceUnitInfo {

        @Override
        public String getPersistenceUnitName() {
            return "borgerplan";
        }

        @Override
        public String getPersistenceProviderClassName() {
            return PersistenceProvider.class.getName();
        }

        @Override
        public String getScopeAnnotationName() {
            return null;
        }

        @Override
        public List<String> getQualifierAnnotationNames() {
            return List.of();
        }

        @Override
        public PersistenceUnitTransactionType getTransactionType() {
            return PersistenceUnitTransactionType.RESOURCE_LOCAL;
        }

        @Override
        public DataSource getJtaDataSource() {
            return null;
        }

        @Override
        public DataSource getNonJtaDataSource() {
            return dataSource;
        }

        @Override
        public List<String> getMappingFileNames() {
            return List.of();
        }

        @Override
        public List<URL> getJarFileUrls() {
            return List.of();
        }

        /** EclipseLink names the unit after its root; nothing is scanned there because unlisted classes are excluded. */
        @Override
        public URL getPersistenceUnitRootUrl() {
            try {
                return java.net.URI.create("file:///borgerplan/persistence-unit/").toURL();
            } catch (java.net.MalformedURLException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public List<String> getManagedClassNames() {
            return ENTITIES.stream().map(Class::getName).toList();
        }

        @Override
        public boolean excludeUnlistedClasses() {
            return true;
        }

        @Override
        public SharedCacheMode getSharedCacheMode() {
            return SharedCacheMode.NONE;
        }

        @Override
        public ValidationMode getValidationMode() {
            return ValidationMode.NONE;
        }

        @Override
        public Properties getProperties() {
            return new Properties();
        }

        @Override
        public String getPersistenceXMLSchemaVersion() {
            return "3.2";
        }

        @Override
        public ClassLoader getClassLoader() {
            return loader;
        }

        @Override
        public void addTransformer(ClassTransformer transformer) {
            // No load-time weaving in OSGi without a weaving hook; weaving is switched off.
        }

        @Override
        public ClassLoader getNewTempClassLoader() {
            return loader;
        }
    }
}
