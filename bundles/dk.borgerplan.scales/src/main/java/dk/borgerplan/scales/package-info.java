/**
 * Scoring scales as data: id, version, direction, and levels with value, Danish label and easy-read label. Every
 * stored score names its scale id and version; anything that compares scores reads the scale's direction.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package dk.borgerplan.scales;
