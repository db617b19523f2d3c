package dk.borgerplan.generator.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** PID {@code dk.borgerplan.generator}: how many fictitious citizens to generate, and how. */
@ObjectClassDefinition(name = "Borgerplan generator",
        description = "Generated test and demo data: fictitious citizens with three yearly cycles each")
@interface GeneratorConfig {

    @AttributeDefinition(description = "How many citizens; 0 = off unless the start script asks "
            + "(borgerplan.generate.citizens). Citizens stored already are left as they are.")
    int citizens() default 0;

    @AttributeDefinition(description = "The seed: the same seed gives the same citizens")
    long seed() default 141;

    @AttributeDefinition(description = "Citizens per team caseload: the first are in team \"Demo\", then \"Demo 2\", …")
    int teamSize() default 250;

    @AttributeDefinition(description = "Citizens written per transaction")
    int batchSize() default 100;

    @AttributeDefinition(description = "Writer threads")
    int threads() default 2;
}
