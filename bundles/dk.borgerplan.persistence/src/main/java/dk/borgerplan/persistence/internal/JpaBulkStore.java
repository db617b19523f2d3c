package dk.borgerplan.persistence.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.PersistenceException;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import dk.borgerplan.access.Grant;
import dk.borgerplan.access.spi.BulkGrantStore;
import dk.borgerplan.plan.CprNumber;
import dk.borgerplan.plan.DuplicateCitizenException;
import dk.borgerplan.plan.spi.BulkPlanStore;

/**
 * Bulk inserts of generated citizen histories and their relationships, in the bundle's one {@link StoreDatabase}: the
 * same entities the single stores write, many per transaction (EclipseLink's JDBC batch writing does the rest).
 */
@Component(service = { BulkPlanStore.class, BulkGrantStore.class })
public class JpaBulkStore implements BulkPlanStore, BulkGrantStore {

    /** Derby compiles an IN list of this many parameters quickly; longer lists are split. */
    private static final int IN_LIST = 500;

    private final StoreDatabase database;

    @Activate
    public JpaBulkStore(@Reference StoreDatabase database) {
        this.database = database;
    }

    @Override
    public Set<CprNumber> registered(Collection<CprNumber> cprNumbers) {
        List<String> digits = cprNumbers.stream().map(CprNumber::value).distinct().toList();
        Set<CprNumber> found = new HashSet<>();
        for (int from = 0; from < digits.size(); from += IN_LIST) {
            List<String> part = digits.subList(from, Math.min(digits.size(), from + IN_LIST));
            database.read(em -> em.createQuery("SELECT c.cpr FROM CitizenEntity c WHERE c.cpr IN :cprs", String.class)
                    .setParameter("cprs", part).getResultStream().map(CprNumber::parse)
                    .collect(Collectors.toCollection(() -> found)));
        }
        return found;
    }

    @Override
    public void insertAll(List<History> histories) {
        List<Object> entities = new ArrayList<>();
        for (History history : histories) {
            entities.add(new CitizenEntity(history.citizen()));
            history.cycles().forEach(cycle -> entities.add(new CycleEntity(cycle)));
            history.plans().forEach(plan -> entities.add(new PlanEntity(plan)));
            history.staircases().forEach(staircase -> entities.add(new StaircaseEntity(staircase)));
        }
        try {
            database.write(em -> {
                entities.forEach(em::persist);
                em.flush();
                histories.forEach(history -> ProgressionTally.changed(em, history.citizen().id()));
                return null;
            });
        } catch (PersistenceException e) {
            if (StoreDatabase.isUniqueViolation(e)) {
                throw new DuplicateCitizenException("");
            }
            throw e;
        }
    }

    @Override
    public int insertAllNew(List<Grant> grants) {
        return database.write(em -> {
            Set<String> stored = new HashSet<>();
            List<String> ids = grants.stream().map(Grant::id).toList();
            for (int from = 0; from < ids.size(); from += IN_LIST) {
                stored.addAll(em.createQuery("SELECT g.id FROM GrantEntity g WHERE g.id IN :ids", String.class)
                        .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + IN_LIST)))
                        .getResultList());
            }
            int inserted = 0;
            for (Grant grant : grants) {
                if (stored.add(grant.id())) {
                    em.persist(new GrantEntity(grant));
                    ProgressionTally.changed(em, grant.citizenId());
                    inserted++;
                }
            }
            em.flush();
            return inserted;
        });
    }
}
