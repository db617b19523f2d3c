package dk.borgerplan.persistence.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Borgerplan store", description = "Where and how plans are stored (PID dk.borgerplan.persistence)")
public @interface StoreConfig {

    @AttributeDefinition(description = "derby (embedded, the default) or postgresql")
    String database() default "derby";

    @AttributeDefinition(description = "Derby: folder of the embedded database; empty means data/ in the distribution's home")
    String dataDirectory() default "";

    @AttributeDefinition(description = "PostgreSQL: the JDBC URL, e.g. jdbc:postgresql://db.kommune.local:5432/borgerplan")
    String url() default "";

    @AttributeDefinition(description = "PostgreSQL: the database user")
    String user() default "";

    @AttributeDefinition(description = "PostgreSQL: a file holding the password (relative paths from the home); "
            + "empty means the environment variable BORGERPLAN_DB_PASSWORD")
    String passwordFile() default "";

    @AttributeDefinition(description = "Most connections the pool keeps open to the database")
    int poolSize() default 16;
}
