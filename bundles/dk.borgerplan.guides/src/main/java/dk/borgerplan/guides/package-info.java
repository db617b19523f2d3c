/**
 * The shared question guides: what every method uses when talking with the citizen — the techniques of
 * motivational interviewing, change talk and status quo talk, and the SMART questions for a goal.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package dk.borgerplan.guides;
