package dk.borgerplan.icons.internal;

/**
 * What the extender knows about a bundle that declares an icon pack, before reading it.
 *
 * @param bundleId the bundle's id, the second precedence key
 * @param packId the bundle's symbolic name
 * @param version the bundle's version
 * @param folderHeader the raw {@code Borgerplan-IconPack} header
 * @param rankHeader the raw {@code Borgerplan-IconPack-Rank} header, or {@code null}
 * @param files the bundle's files, by path from its root
 */
record PackSource(long bundleId, String packId, String version, String folderHeader, String rankHeader,
        PackFiles files) {
}
