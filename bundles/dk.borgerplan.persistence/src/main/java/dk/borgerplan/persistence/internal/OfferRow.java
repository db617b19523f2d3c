package dk.borgerplan.persistence.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import dk.borgerplan.plan.Offer;
import dk.borgerplan.plan.OfferKind;

/** One offer the citizen receives. */
@Embeddable
public class OfferRow implements OrderedRow {

    @Column(name = "PLACE", nullable = false)
    private int place;

    @Override
    public int place() {
        return place;
    }

    @Override
    public void place(int newPlace) {
        this.place = newPlace;
    }

    @Column(name = "OFFER_ID", length = 36, nullable = false)
    private String offerId;

    @Column(name = "KIND", length = 30, nullable = false)
    private String kind;

    @Column(name = "NAME", length = 200, nullable = false)
    private String name;

    @Column(name = "PROVIDER", length = 200)
    private String provider;

    @Column(name = "CONTACT_PERSON", length = 200)
    private String contactPerson;

    protected OfferRow() {
    }

    OfferRow(Offer offer) {
        this.offerId = offer.id();
        this.kind = offer.kind().name();
        this.name = offer.name();
        this.provider = offer.provider();
        this.contactPerson = offer.contactPerson();
    }

    Offer toOffer() {
        return new Offer(offerId, OfferKind.valueOf(kind), name, provider, contactPerson);
    }
}
