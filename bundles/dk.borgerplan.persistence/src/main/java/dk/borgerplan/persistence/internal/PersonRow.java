package dk.borgerplan.persistence.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import dk.borgerplan.plan.PersonRole;
import dk.borgerplan.plan.RelatedPerson;

/** One person around the citizen: a relative, companion, guardian or party representative. */
@Embeddable
public class PersonRow implements OrderedRow {

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

    @Column(name = "ROLE", length = 30, nullable = false)
    private String role;

    @Column(name = "RELATION", length = 200)
    private String relation;

    protected PersonRow() {
    }

    PersonRow(RelatedPerson person) {
        this.name = person.name();
        this.role = person.role().name();
        this.relation = person.relation();
    }

    RelatedPerson toPerson() {
        return new RelatedPerson(name, PersonRole.valueOf(role), relation);
    }
}
