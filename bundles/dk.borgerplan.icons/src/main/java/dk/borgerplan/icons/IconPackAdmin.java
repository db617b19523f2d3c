package dk.borgerplan.icons;

import java.util.List;
import java.util.NoSuchElementException;

import org.osgi.annotation.versioning.ProviderType;

/**
 * What an administrator does with the icon packs: look at them, upload a new pack or version, order, disable,
 * enable and remove them. Every change takes effect at once and is recorded in a log ({@link #log()}) with who did
 * it; {@code actor} is the id of the acting user.
 *
 * <p>
 * Failures: a pack id that is not installed throws {@link NoSuchElementException}; bad input (an unknown id in an
 * order, a jar that is no valid pack) throws {@link InvalidPackException} naming the field and the problems; an
 * action the platform cannot do for that pack (remove a pack built into the distribution) throws
 * {@link IllegalStateException}.
 *
 * @since 1.2
 */
@ProviderType
public interface IconPackAdmin {

    /** Every installed pack, active or disabled, in precedence order. */
    List<PackStatus> installed();

    /**
     * Installs a pack jar, or a new version of an installed pack (the same symbolic name), and returns it once it is
     * served (or, if the platform takes longer than a few seconds, as it is at that point). A jar that is not a valid
     * pack is refused before anything changes.
     */
    PackStatus upload(byte[] jar, String actor) throws InvalidPackException;

    /** Puts these packs first, in this order; the packs not named follow by rank. Returns the packs as now ordered. */
    List<PackStatus> order(List<String> packIds, String actor) throws InvalidPackException;

    /** Stops serving a pack, or serves it again; it stays installed and keeps its place in the order. */
    PackStatus enable(String packId, boolean enabled, String actor);

    /** Removes a pack installed from the addons folder or through {@link #upload}. */
    void remove(String packId, String actor);

    /** The recorded administrator actions, oldest first (at most the last 1000). */
    List<AdminAction> log();

    /**
     * One pack as the administrator sees it.
     *
     * @param pack id, name, version, licence, attribution, icon count
     * @param rank the pack's {@code Borgerplan-IconPack-Rank}
     * @param position its place in the precedence order, 1 first
     * @param active false when the administrator disabled it
     * @param removable true when it came from the addons folder (or an upload), false when built into the distribution
     */
    record PackStatus(IconPack pack, int rank, int position, boolean active, boolean removable) {
    }

    /**
     * One recorded action.
     *
     * @param time when, ISO 8601 in UTC
     * @param actor who: the acting user's id
     * @param action {@code upload}, {@code order}, {@code disable}, {@code enable} or {@code remove}
     * @param pack the pack id, or the order for {@code order}
     * @param version the pack version concerned, empty if none
     * @param outcome {@code done}, or {@code refused: ...} with the reason
     */
    record AdminAction(String time, String actor, String action, String pack, String version, String outcome) {
    }

    /** Input that is refused: the field it concerns (e.g. {@code body}, {@code order[1]}) and the problems. */
    final class InvalidPackException extends Exception {

        private static final long serialVersionUID = 1L;

        private final String field;
        private final transient List<String> problems;

        public InvalidPackException(String field, List<String> problems) {
            super(String.join("; ", problems));
            this.field = field;
            this.problems = List.copyOf(problems);
        }

        public String field() {
            return field;
        }

        public List<String> problems() {
            return problems;
        }
    }
}
