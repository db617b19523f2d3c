package dk.borgerplan.persistence.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import dk.borgerplan.access.Grant;
import dk.borgerplan.access.spi.GrantStore;

/** The relationships and the teams' members in the bundle's one {@link StoreDatabase}. */
@Component(service = GrantStore.class)
public class JpaGrantStore implements GrantStore {

    private final StoreDatabase database;

    @Activate
    public JpaGrantStore(@Reference StoreDatabase database) {
        this.database = database;
    }

    @Override
    public List<Grant> ofCitizen(String citizenId) {
        return database.read(em -> em.createQuery("SELECT g FROM GrantEntity g WHERE g.citizenId = :citizen "
                + "ORDER BY g.grantedAt, g.id", GrantEntity.class).setParameter("citizen", citizenId)
                .getResultStream().map(GrantEntity::toGrant).toList());
    }

    @Override
    public List<Grant> ofAccount(String accountId) {
        return database.read(em -> em.createQuery("SELECT g FROM GrantEntity g WHERE g.accountId = :account",
                GrantEntity.class).setParameter("account", accountId).getResultStream().map(GrantEntity::toGrant)
                .toList());
    }

    @Override
    public List<Grant> ofTeams(Set<String> teams) {
        if (teams.isEmpty()) {
            return List.of();
        }
        return database.read(em -> em.createQuery("SELECT g FROM GrantEntity g WHERE g.team IN :teams",
                GrantEntity.class).setParameter("teams", List.copyOf(teams)).getResultStream()
                .map(GrantEntity::toGrant).toList());
    }

    @Override
    public void insert(Grant grant) {
        database.write(em -> {
            em.persist(new GrantEntity(grant));
            ProgressionTally.changed(em, grant.citizenId());
            return null;
        });
    }

    @Override
    public boolean delete(String citizenId, String grantId) {
        return database.write(em -> {
            int deleted = em.createQuery("DELETE FROM GrantEntity g WHERE g.id = :id AND g.citizenId = :citizen")
                    .setParameter("id", grantId).setParameter("citizen", citizenId).executeUpdate();
            if (deleted == 1) {
                ProgressionTally.changed(em, citizenId);
            }
            return deleted;
        }) == 1;
    }

    @Override
    public Set<String> teamsOf(String accountId) {
        return database.read(em -> new LinkedHashSet<>(em.createQuery("SELECT t FROM TeamMemberEntity t "
                + "WHERE t.accountId = :account ORDER BY t.team", TeamMemberEntity.class)
                .setParameter("account", accountId).getResultStream().map(TeamMemberEntity::team).toList()));
    }

    @Override
    public void setTeams(String accountId, Set<String> teams) {
        database.write(em -> {
            em.createQuery("DELETE FROM TeamMemberEntity t WHERE t.accountId = :account")
                    .setParameter("account", accountId).executeUpdate();
            // The deletions must reach the database before the same names are inserted again.
            em.flush();
            for (String team : teams) {
                em.persist(new TeamMemberEntity(UUID.randomUUID().toString(), accountId, team));
            }
            return null;
        });
    }
}
