package dk.borgerplan.persistence.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import dk.borgerplan.plan.Approval;
import dk.borgerplan.plan.ApprovalParty;
import dk.borgerplan.plan.Stamp;

/** One party's approval of the plan's current revision. */
@Embeddable
public class ApprovalRow {

    @Column(name = "PARTY", length = 20, nullable = false)
    private String party;

    @Column(name = "ON_BEHALF_OF", length = 200)
    private String onBehalfOf;

    @Column(name = "BY_ACTOR", length = 100, nullable = false)
    private String by;

    @Column(name = "AT_TIME", nullable = false)
    private Instant at;

    protected ApprovalRow() {
    }

    ApprovalRow(Approval approval) {
        this.party = approval.party().name();
        this.onBehalfOf = approval.onBehalfOf();
        this.by = approval.stamp().by();
        this.at = approval.stamp().at();
    }

    Approval toApproval() {
        return new Approval(ApprovalParty.valueOf(party), onBehalfOf, new Stamp(by, at));
    }
}
