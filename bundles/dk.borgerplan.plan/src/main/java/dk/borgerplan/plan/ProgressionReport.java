package dk.borgerplan.plan;

import java.util.List;

import dk.borgerplan.platform.Text;

/**
 * How the goals of many citizens progressed, per group and cycle number (1st, 2nd, … cycle of each citizen). A cell
 * of a group and cycle with fewer than {@code minimumCitizens} distinct citizens is suppressed, and so are further
 * cells of the same cycle (smallest first) until the suppressed cells of that cycle are at least two with at least
 * {@code minimumCitizens} citizens together — so that no suppressed cell can be recovered by subtracting the shown
 * ones from another grouping's cell. There is no total across groups or across cycles.
 */
public record ProgressionReport(ProgressionGrouping grouping, int minimumCitizens, List<Integer> cycleNumbers,
        List<Group> groups) {

    public ProgressionReport {
        cycleNumbers = List.copyOf(cycleNumbers);
        groups = List.copyOf(groups);
    }

    /** A group: its key ({@code null} for goals without a value for the grouping) and its words. */
    public record Group(String key, Text label, List<Cell> cycles) {

        public Group {
            cycles = List.copyOf(cycles);
        }
    }

    /** Why a cell's counts are not shown. */
    public enum Suppression {
        /** Shown. */
        NONE,
        /** Fewer distinct citizens than the minimum. */
        SMALL_GROUP,
        /** Suppressed so that another suppressed cell cannot be found by subtraction. */
        COMPLEMENTARY
    }

    /**
     * The goals of a group in one cycle number. {@code counts} is {@code null} when the cell is suppressed.
     */
    public record Cell(int cycleNumber, Suppression suppression, Counts counts) {

        public boolean suppressed() {
            return suppression != Suppression.NONE;
        }
    }

    /**
     * Counts of goals. {@code reviewed}: goals with a status review on the scale they were scored on; of those,
     * {@code improved}, {@code unchanged}, {@code worsened} from the current score, in the scale's direction;
     * {@code expectedReached}: at least as good as expected; {@code succeeded} for the goal's type (develop: better;
     * maintain: not worse; limit loss: not worse than expected). {@code notReviewed}: no review yet;
     * {@code notComparable}: reviewed on another scale.
     */
    public record Counts(long citizens, long goals, long reviewed, long improved, long unchanged, long worsened,
            long expectedReached, long succeeded, long notReviewed, long notComparable) {
    }
}
