package dk.borgerplan.plan.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Borgerplan plan model", description = "Rules of the plan (PID dk.borgerplan.plan)")
public @interface PlanModelConfig {

    @AttributeDefinition(description = "How many goal slots a plan has; the seeds recommend up to three")
    int goalSlots() default 3;

    @AttributeDefinition(description = "The scale a score is given on when the client names none")
    String defaultScale() default "fko";
}
