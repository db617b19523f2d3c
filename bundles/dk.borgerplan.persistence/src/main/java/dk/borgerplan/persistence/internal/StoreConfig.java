package dk.borgerplan.persistence.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Borgerplan store", description = "Where and how plans are stored (PID dk.borgerplan.persistence)")
public @interface StoreConfig {

    @AttributeDefinition(description = "Folder of the embedded database; empty means data/ in the distribution's home")
    String dataDirectory() default "";
}
