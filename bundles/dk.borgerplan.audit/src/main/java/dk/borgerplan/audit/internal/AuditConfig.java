package dk.borgerplan.audit.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Borgerplan audit", description = "The audit log (PID dk.borgerplan.audit)")
public @interface AuditConfig {

    @AttributeDefinition(description = "Days an entry is kept; older entries are removed once a day, and the chain "
            + "stays verifiable from its new start. 0 keeps every entry. The default, about six months, is the period "
            + "Danish public authorities have kept logs of the use of personal data for; set your municipality's rule.")
    int retentionDays() default 183;

    @AttributeDefinition(description = "Hours between two runs of the retention")
    int retentionIntervalHours() default 24;
}
