package dk.borgerplan.plan.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Borgerplan preparation", description = "Rules of the preparation meeting and its sheet (PID dk.borgerplan.plan.preparation)")
public @interface PreparationConfig {

    @AttributeDefinition(description = "The largest picture (drawing or photo) accepted for the preparation sheet, in bytes; 1 to 52428800 (50 MiB)")
    long pictureMaxBytes() default PreparationModel.DEFAULT_PICTURE_MAX_BYTES;
}
