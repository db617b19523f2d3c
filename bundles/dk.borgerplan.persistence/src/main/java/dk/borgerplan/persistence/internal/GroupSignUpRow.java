package dk.borgerplan.persistence.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import dk.borgerplan.plan.GroupSignUp;
import dk.borgerplan.plan.Stamp;

/** A citizen signed up for a group preparation meeting, in the order of signing up. */
@Embeddable
public class GroupSignUpRow implements OrderedRow {

    @Column(name = "PLACE", nullable = false)
    private int place;

    @Column(name = "CITIZEN_ID", length = 36, nullable = false)
    private String citizenId;

    @Column(name = "SIGNED_UP_BY", length = 100, nullable = false)
    private String signedUpBy;

    @Column(name = "SIGNED_UP_AT", nullable = false)
    private Instant signedUpAt;

    protected GroupSignUpRow() {
    }

    GroupSignUpRow(GroupSignUp signUp) {
        this.citizenId = signUp.citizenId();
        this.signedUpBy = signUp.signedUp().by();
        this.signedUpAt = signUp.signedUp().at();
    }

    @Override
    public int place() {
        return place;
    }

    @Override
    public void place(int newPlace) {
        this.place = newPlace;
    }

    GroupSignUp toSignUp() {
        return new GroupSignUp(citizenId, new Stamp(signedUpBy, signedUpAt));
    }
}
