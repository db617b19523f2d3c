package dk.borgerplan.plan.spi;

import java.time.LocalDate;
import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

import dk.borgerplan.plan.ProgressionGrouping;
import dk.borgerplan.plan.ProgressionScope;

/**
 * Counts for the progression report, grouped by the store (in SQL) so that the plan model applies its rules to a
 * small number of rows. Only goals of plans that belong to a cycle are counted.
 */
@ConsumerType
public interface ProgressionStore {

    /**
     * The goals in scope, counted per combination of group, cycle number, goal type, current scale and value,
     * expected value, and review scale and value ({@code null} before the review); and the distinct citizens per group
     * and cycle number. A goal that counts in several groups counts once in each. {@code today} decides which team
     * relationships are in force.
     */
    ProgressionCounts counts(ProgressionGrouping grouping, ProgressionScope scope, LocalDate today);

    /** What {@link #counts} answers. */
    record ProgressionCounts(List<GoalCount> goals, List<CitizenCount> citizens) {

        public ProgressionCounts {
            goals = List.copyOf(goals);
            citizens = List.copyOf(citizens);
        }
    }

    /** {@code key} is {@code null} for goals without a value for the grouping; {@code label} then too. */
    record GoalCount(String key, String label, int cycleNumber, String goalType, String scale, int current,
            int expected, String reviewScale, Integer reviewed, long goals) {
    }

    record CitizenCount(String key, int cycleNumber, long citizens) {
    }
}
