package dk.borgerplan.plan;

/**
 * One offer (tilbud) the citizen receives: its kind, its name, the provider that runs it, and the contact person
 * closest to the citizen there. The id is kept while the citizen is changed, so that goals can name the offer.
 */
public record Offer(String id, OfferKind kind, String name, String provider, String contactPerson) {
}
