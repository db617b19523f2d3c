/**
 * The icon catalogue: the pictograms a citizen chooses and places on the plan. Icons come from icon packs, bundles
 * that carry a {@code Borgerplan-IconPack} header; several packs may offer the same concept, and the pack with the
 * highest precedence wins.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.2.0")
package dk.borgerplan.icons;
