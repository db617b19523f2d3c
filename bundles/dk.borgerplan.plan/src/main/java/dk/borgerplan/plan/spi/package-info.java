/**
 * What the plan model needs from a store. Implemented by the persistence bundle; nothing else should call it.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.5.0")
package dk.borgerplan.plan.spi;
