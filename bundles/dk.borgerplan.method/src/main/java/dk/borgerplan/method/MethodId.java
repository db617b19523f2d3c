package dk.borgerplan.method;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * Puts a method's id on its service as the property {@value Method#ID_PROPERTY} (DS derives the name "method.id"
 * from this annotation's name). Use it on the component: {@code @Component(service = Method.class)
 * @MethodId("randers")}.
 *
 * <p>Kept at run time, unlike most property types, so that {@link MethodContract} can check that the service property
 * and {@link Method#id()} say the same.
 */
@ComponentPropertyType
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface MethodId {

    /** The same value as {@link Method#id()}. */
    String value();
}
