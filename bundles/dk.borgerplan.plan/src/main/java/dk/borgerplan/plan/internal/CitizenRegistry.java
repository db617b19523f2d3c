package dk.borgerplan.plan.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dk.borgerplan.plan.Actor;
import dk.borgerplan.plan.Citizen;
import dk.borgerplan.plan.CitizenService;
import dk.borgerplan.plan.CprNumber;
import dk.borgerplan.plan.DuplicateCitizenException;
import dk.borgerplan.plan.NewCitizen;
import dk.borgerplan.plan.NotFoundException;
import dk.borgerplan.plan.Offer;
import dk.borgerplan.plan.PlanCycle;
import dk.borgerplan.plan.RelatedPerson;
import dk.borgerplan.plan.StateConflictException;
import dk.borgerplan.plan.VersionConflictException;
import dk.borgerplan.plan.Violation;
import dk.borgerplan.plan.Page;
import dk.borgerplan.plan.Stamp;
import dk.borgerplan.plan.spi.PlanStore;

/** The citizen service. Logs ids only: a citizen's name is personal data. */
@Component(service = CitizenService.class)
public class CitizenRegistry implements CitizenService {

    private static final Logger LOG = LoggerFactory.getLogger(CitizenRegistry.class);

    static final int PAGE_MAX = 200;

    private final PlanStore store;
    private final Clock clock;

    @Activate
    public CitizenRegistry(@Reference PlanStore store) {
        this(store, Clock.systemUTC());
    }

    CitizenRegistry(PlanStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public Citizen create(Actor actor, NewCitizen citizen) {
        PlanModel.requireValid(PlanRules.check(citizen));
        CprNumber cpr = citizen.cprNumber() == null ? null : CprNumber.parse(citizen.cprNumber());
        if (cpr != null) {
            store.citizenByCpr(cpr).ifPresent(existing -> {
                throw new DuplicateCitizenException(existing.id());
            });
        }
        Stamp now = new Stamp(actor.id(), clock.instant());
        Citizen stored = store.insertCitizen(citizen(PlanModel.newId(), citizen, cpr, 0, now, now));
        LOG.info("Citizen {} registered by {}", stored.id(), actor.id());
        return stored;
    }

    @Override
    public Citizen update(Actor actor, String citizenId, long basedOnVersion, NewCitizen citizen) {
        Citizen current = store.citizen(citizenId).orElseThrow(() -> new NotFoundException("citizen", citizenId));
        if (current.version() != basedOnVersion) {
            throw new VersionConflictException("citizen", citizenId, basedOnVersion, current.version());
        }
        PlanModel.requireValid(PlanRules.check(citizen));
        List<Violation> unknownOffers = new ArrayList<>();
        List<Offer> offers = citizen.offers() == null ? List.of() : citizen.offers();
        for (int i = 0; i < offers.size(); i++) {
            String id = offers.get(i).id();
            if (id != null && current.offers().stream().noneMatch(offer -> offer.id().equals(id))) {
                unknownOffers.add(Violation.of("offers[" + i + "].id", "unknownOffer"));
            }
        }
        PlanModel.requireValid(unknownOffers);
        CprNumber cpr = citizen.cprNumber() == null ? current.cprNumber() : CprNumber.parse(citizen.cprNumber());
        if (cpr != null && !cpr.equals(current.cprNumber())) {
            store.citizenByCpr(cpr).ifPresent(existing -> {
                throw new DuplicateCitizenException(existing.id());
            });
        }
        Stamp now = new Stamp(actor.id(), clock.instant());
        Citizen changed = citizen(citizenId, citizen, cpr, basedOnVersion, current.created(), now);
        List<String> kept = changed.offers().stream().map(Offer::id).toList();
        // A goal of the plan in hand that works with an offer keeps it: remove the offer from the goal first.
        boolean offerInUse = store.cyclesOf(citizenId).stream().filter(PlanCycle::open).findFirst()
                .flatMap(cycle -> store.planOfCycle(cycle.id())).stream().flatMap(plan -> plan.goals().stream())
                .flatMap(goal -> goal.offerIds().stream()).anyMatch(offerId -> !kept.contains(offerId));
        if (offerInUse) {
            throw new StateConflictException("offerInUse");
        }
        Citizen stored = store.updateCitizen(changed, basedOnVersion);
        LOG.info("Citizen {} changed to version {} by {}", citizenId, stored.version(), actor.id());
        return stored;
    }

    /** A checked draft as a citizen: name stripped, new offers given ids. */
    private static Citizen citizen(String id, NewCitizen citizen, CprNumber cpr, long version, Stamp created,
            Stamp updated) {
        List<Offer> offers = citizen.offers() == null ? List.of()
                : citizen.offers().stream().map(offer -> new Offer(offer.id() == null ? PlanModel.newId() : offer.id(),
                        offer.kind(), offer.name().strip(), PlanRules.stripped(offer.provider()),
                        PlanRules.stripped(offer.contactPerson()))).toList();
        List<RelatedPerson> people = citizen.people() == null ? List.of()
                : citizen.people().stream().map(person -> new RelatedPerson(person.name().strip(), person.role(),
                        PlanRules.stripped(person.relation()))).toList();
        return new Citizen(id, citizen.name().strip(), cpr,
                citizen.targetGroups() == null ? Set.of() : Set.copyOf(citizen.targetGroups()),
                citizen.actingMunicipality(), citizen.payingMunicipality(), offers, people, citizen.look(),
                Boolean.TRUE.equals(citizen.visualPlanOptOut()), version, created, updated);
    }

    @Override
    public Optional<Citizen> find(String id) {
        return store.citizen(id);
    }

    @Override
    public Page<Citizen> list(int offset, int limit) {
        return store.citizens(Math.max(0, offset), Math.min(Math.max(1, limit), PAGE_MAX));
    }

    @Override
    public Page<Citizen> list(java.util.function.Predicate<Citizen> among, int offset, int limit) {
        int from = Math.max(0, offset);
        int size = Math.min(Math.max(1, limit), PAGE_MAX);
        List<Citizen> found = all(among);
        return new Page<>(found.stream().skip(from).limit(size).toList(), from, size, found.size());
    }
}
