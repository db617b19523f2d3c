package dk.borgerplan.plan.internal;

import java.time.Clock;
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
        Citizen stored = store.insertCitizen(new Citizen(PlanModel.newId(), citizen.name().strip(), cpr,
                citizen.targetGroups() == null ? Set.of() : Set.copyOf(citizen.targetGroups()),
                citizen.actingMunicipality(), citizen.payingMunicipality(), citizen.look(),
                Boolean.TRUE.equals(citizen.visualPlanOptOut()), 0, now, now));
        LOG.info("Citizen {} registered by {}", stored.id(), actor.id());
        return stored;
    }

    @Override
    public Optional<Citizen> find(String id) {
        return store.citizen(id);
    }

    @Override
    public Page<Citizen> list(int offset, int limit) {
        return store.citizens(Math.max(0, offset), Math.min(Math.max(1, limit), PAGE_MAX));
    }
}
