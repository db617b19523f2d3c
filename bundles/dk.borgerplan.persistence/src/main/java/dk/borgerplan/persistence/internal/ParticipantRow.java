package dk.borgerplan.persistence.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import dk.borgerplan.plan.Participant;
import dk.borgerplan.plan.ParticipantRole;

/** Someone who took part in a preparation meeting. */
@Embeddable
public class ParticipantRow implements OrderedRow {

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

    @Column(name = "NAME", length = 200, nullable = false)
    private String name;

    @Column(name = "PARTICIPANT_ROLE", length = 30, nullable = false)
    private String role;

    protected ParticipantRow() {
    }

    ParticipantRow(Participant participant) {
        this.name = participant.name();
        this.role = participant.role().name();
    }

    Participant toParticipant() {
        return new Participant(name, ParticipantRole.valueOf(role));
    }
}
