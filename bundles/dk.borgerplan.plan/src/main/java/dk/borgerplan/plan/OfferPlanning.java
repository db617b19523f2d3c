package dk.borgerplan.plan;

import java.util.List;

/**
 * One offer's plan meetings in the planned year, month by month, and its citizens without one. An offer is known by
 * its provider and name ({@link Offer#id()} is the citizen's own link to it); a joint plan meeting (all the
 * citizen's offers at one table) counts for each of the citizen's offers.
 *
 * @param offerName the offer's name, or null for the citizens without offers ("Uden tilbud")
 * @param provider the provider running it, or null
 * @param citizenIds the offer's citizens among those asked about
 * @param months always twelve, January first
 * @param unscheduledCitizenIds the offer's citizens with no plan meeting scheduled in the year
 */
public record OfferPlanning(String offerName, String provider, List<String> citizenIds, List<MonthPlanning> months,
        List<String> unscheduledCitizenIds) {

    public OfferPlanning {
        citizenIds = List.copyOf(citizenIds);
        months = List.copyOf(months);
        unscheduledCitizenIds = List.copyOf(unscheduledCitizenIds);
    }

    /** How many plan meetings the offer has in the year. */
    public int total() {
        return months.stream().mapToInt(MonthPlanning::count).sum();
    }
}
