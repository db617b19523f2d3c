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

    /**
     * Opens the unit on {@code dataSource}. {@code ddl} is {@code none} on every normal start — the schema is the
     * migrations' ({@link Migrations}) — and {@code create-tables} only to complete a database from before migrations.
     */
    static EntityManagerFactory open(DataSource dataSource, String targetDatabase, String ddl) {
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
                // The DataSource is a pool (HikariCP, StoreDatabase): EclipseLink takes a connection for each query
                // outside a transaction and gives it back at once, so it needs no pool of its own.
                Map.entry("eclipselink.jdbc.batch-writing", "JDBC"));
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
