package dk.borgerplan.plan;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Progression across citizens (issue #9): how goals moved against their current and expected scores and whether they
 * succeeded for their type, per offer, team, theme, method or municipality and per cycle number, with small groups
 * suppressed. The caller decides whose goals it may aggregate ({@link ProgressionScope}): the plan model does not know
 * who may see whom.
 */
@ProviderType
public interface ProgressionReportService {

    /** The smallest number of distinct citizens a shown cell stands for. */
    int MINIMUM_CITIZENS = 5;

    ProgressionReport report(Actor actor, ProgressionGrouping grouping, ProgressionScope scope);
}
