package dk.borgerplan.plan;

import java.util.List;

/**
 * The October planning of next year's plan meetings (seed 001, 2.4: authority and offer managers spread the
 * citizens of an offer evenly over the year): per offer, the year's plan meetings month by month (Danish time), and
 * the citizens with no plan meeting scheduled in the year.
 *
 * @param offers by provider, then offer name; the citizens without offers last
 * @param unscheduledCitizenIds every citizen asked about with no uncancelled plan meeting in the year
 */
public record OctoberPlanning(int year, List<OfferPlanning> offers, List<String> unscheduledCitizenIds) {

    public OctoberPlanning {
        offers = List.copyOf(offers);
        unscheduledCitizenIds = List.copyOf(unscheduledCitizenIds);
    }
}
