package dk.borgerplan.persistence.internal;

import javax.sql.DataSource;

/** The database under the store, before pooling: where it is, how EclipseLink and Flyway name its dialect. */
interface Database extends AutoCloseable {

    /** Unpooled connections; {@link StoreDatabase} pools them. */
    DataSource dataSource();

    /** EclipseLink's {@code target-database}. */
    String eclipseLinkTarget();

    /** The folder of this database's versioned migrations on the bundle's class path. */
    String migrations();

    /** For the log and the health check: the product and where it is, never a password. */
    String describe();

    /** Releases the database after the pool has closed (Derby shuts down; a server needs nothing). */
    @Override
    void close();
}
