package dk.borgerplan.icons.internal;

import java.util.List;

import dk.borgerplan.icons.IconPack;

/**
 * A pack that passed validation, with all its pictures read.
 *
 * @param info what {@link dk.borgerplan.icons.IconCatalog#packs()} reports
 * @param rank the {@code Borgerplan-IconPack-Rank}: higher wins
 * @param bundleId the bundle it was read from: among equal ranks, the older bundle wins
 * @param icons its icons, in the order of pack.json
 */
record LoadedPack(IconPack info, int rank, long bundleId, List<LoadedIcon> icons) {

    LoadedPack {
        icons = List.copyOf(icons);
    }

    String id() {
        return info.id();
    }

    /** True when serving {@code other} instead of this would change nothing, e.g. the second of FileInstall's two cycles. */
    boolean sameContentAs(LoadedPack other) {
        if (!info.equals(other.info) || rank != other.rank || bundleId != other.bundleId
                || icons.size() != other.icons.size()) {
            return false;
        }
        for (int i = 0; i < icons.size(); i++) {
            if (!icons.get(i).sameAs(other.icons.get(i))) {
                return false;
            }
        }
        return true;
    }
}
