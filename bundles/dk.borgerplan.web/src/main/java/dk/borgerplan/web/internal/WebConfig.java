package dk.borgerplan.web.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Borgerplan web", description = "The JSON API (PID dk.borgerplan.web)")
public @interface WebConfig {

    @AttributeDefinition(description = "Id recorded as the author of every change until login exists")
    String localUserId() default "lokal-bruger";

    @AttributeDefinition(description = "Display name of that user")
    String localUserName() default "Lokal bruger";
}
