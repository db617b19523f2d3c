package dk.borgerplan.persistence.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

import dk.borgerplan.plan.Citizen;
import dk.borgerplan.plan.CprNumber;
import dk.borgerplan.plan.PlanLook;
import dk.borgerplan.plan.TargetGroup;

@Entity
@Table(name = "CITIZEN", indexes = @Index(name = "CITIZEN_NAME", columnList = "NAME"),
        uniqueConstraints = @UniqueConstraint(name = "CITIZEN_CPR", columnNames = "CPR"))
public class CitizenEntity extends StampedEntity {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "NAME", length = 200, nullable = false)
    private String name;

    @Column(name = "CPR", length = 10)
    private String cpr;

    /** Enum names, comma-separated: a set of at most three values needs no table of its own. */
    @Column(name = "TARGET_GROUPS", length = 200, nullable = false)
    private String targetGroups;

    @Column(name = "ACTING_MUNICIPALITY", length = 3)
    private String actingMunicipality;

    @Column(name = "PAYING_MUNICIPALITY", length = 3)
    private String payingMunicipality;

    @Column(name = "LOOK", length = 20, nullable = false)
    private String look;

    @Column(name = "VISUAL_PLAN_OPT_OUT", nullable = false)
    private boolean visualPlanOptOut;

    // Read with the citizen always; eager because weaving is off (STACK.md trap 3).
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "CITIZEN_OFFER", joinColumns = @JoinColumn(name = "CITIZEN_ID"))
    @OrderColumn(name = "POSITION")
    private List<OfferRow> offers = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "CITIZEN_PERSON", joinColumns = @JoinColumn(name = "CITIZEN_ID"))
    @OrderColumn(name = "POSITION")
    private List<PersonRow> people = new ArrayList<>();

    protected CitizenEntity() {
    }

    CitizenEntity(Citizen citizen) {
        this.id = citizen.id();
        stampCreated(citizen.created());
        apply(citizen);
    }

    /** Takes over what a change may change: everything but identity and creation. */
    void apply(Citizen citizen) {
        this.name = citizen.name();
        this.cpr = citizen.cprNumber() == null ? null : citizen.cprNumber().value();
        this.targetGroups = citizen.targetGroups().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        this.actingMunicipality = citizen.actingMunicipality();
        this.payingMunicipality = citizen.payingMunicipality();
        this.look = citizen.look().name();
        this.visualPlanOptOut = citizen.visualPlanOptOut();
        this.offers = OrderedRow.numbered(citizen.offers().stream().map(OfferRow::new).toList());
        this.people = OrderedRow.numbered(citizen.people().stream().map(PersonRow::new).toList());
        stampUpdated(citizen.updated());
    }

    Citizen toCitizen() {
        Set<TargetGroup> groups = targetGroups.isEmpty() ? Set.of()
                : Arrays.stream(targetGroups.split(",")).map(TargetGroup::valueOf).collect(Collectors.toSet());
        return new Citizen(id, name, cpr == null ? null : CprNumber.parse(cpr), groups, actingMunicipality,
                payingMunicipality, OrderedRow.inOrder(offers).stream().map(OfferRow::toOffer).toList(),
                OrderedRow.inOrder(people).stream().map(PersonRow::toPerson).toList(), PlanLook.valueOf(look), visualPlanOptOut, version(),
                created(), updated());
    }
}
