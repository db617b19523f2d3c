package dk.borgerplan.persistence.internal;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import dk.borgerplan.plan.GroupPreparationMeeting;
import dk.borgerplan.plan.ScheduledMeeting;
import dk.borgerplan.plan.TargetGroup;
import dk.borgerplan.plan.spi.YearWheelStore;

/** The year wheel's store: scheduled meetings and group preparation meetings, in the bundle's one database. */
@Component(service = YearWheelStore.class)
public class JpaYearWheelStore implements YearWheelStore {

    private final StoreDatabase database;

    @Activate
    public JpaYearWheelStore(@Reference StoreDatabase database) {
        this.database = database;
    }

    @Override
    public ScheduledMeeting insertMeeting(ScheduledMeeting meeting) {
        return database.write(em -> {
            ScheduledMeetingEntity entity = new ScheduledMeetingEntity(meeting);
            em.persist(entity);
            em.flush();
            return entity.toMeeting();
        });
    }

    @Override
    public Optional<ScheduledMeeting> meeting(String id) {
        return database.read(em -> Optional.ofNullable(em.find(ScheduledMeetingEntity.class, id))
                .map(ScheduledMeetingEntity::toMeeting));
    }

    @Override
    public Optional<String> citizenOfMeeting(String id) {
        return database.read(em -> em.createQuery("SELECT m.citizenId FROM ScheduledMeetingEntity m WHERE m.id = :id",
                String.class).setParameter("id", id).getResultStream().findFirst());
    }

    @Override
    public List<ScheduledMeeting> meetingsOf(String citizenId) {
        return database.read(em -> em.createQuery("SELECT m FROM ScheduledMeetingEntity m"
                + " WHERE m.citizenId = :citizen ORDER BY m.start, m.id", ScheduledMeetingEntity.class)
                .setParameter("citizen", citizenId).getResultList().stream().map(ScheduledMeetingEntity::toMeeting)
                .toList());
    }

    @Override
    public List<ScheduledMeeting> meetingsBetween(LocalDateTime from, LocalDateTime to) {
        return database.read(em -> em.createQuery("SELECT m FROM ScheduledMeetingEntity m"
                + " WHERE m.start >= :from AND m.start < :to ORDER BY m.start, m.id", ScheduledMeetingEntity.class)
                .setParameter("from", from).setParameter("to", to).getResultList().stream()
                .map(ScheduledMeetingEntity::toMeeting).toList());
    }

    /**
     * Replaces the meeting if its version is still the expected one; every call raises the version (as for the
     * preparation meeting), so that the SQL {@code UPDATE … WHERE VERSION = ?} always guards it, also when only the
     * participants' rows change.
     */
    @Override
    public ScheduledMeeting updateMeeting(ScheduledMeeting meeting, long expectedVersion) {
        return database.update(ScheduledMeetingEntity.class, "scheduledMeeting", meeting.id(), expectedVersion,
                (em, entity) -> {
                    em.lock(entity, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
                    entity.apply(meeting);
                }, ScheduledMeetingEntity::toMeeting);
    }

    @Override
    public GroupPreparationMeeting insertGroupMeeting(GroupPreparationMeeting meeting) {
        return database.write(em -> {
            GroupPreparationMeetingEntity entity = new GroupPreparationMeetingEntity(meeting);
            em.persist(entity);
            em.flush();
            return entity.toMeeting();
        });
    }

    @Override
    public Optional<GroupPreparationMeeting> groupMeeting(String id) {
        return database.read(em -> Optional.ofNullable(em.find(GroupPreparationMeetingEntity.class, id))
                .map(GroupPreparationMeetingEntity::toMeeting));
    }

    @Override
    public List<GroupPreparationMeeting> groupMeetingsBetween(TargetGroup area, LocalDateTime from,
            LocalDateTime to) {
        return database.read(em -> {
            var query = em.createQuery("SELECT g FROM GroupPreparationMeetingEntity g WHERE g.start >= :from"
                    + " AND g.start < :to" + (area == null ? "" : " AND g.area = :area") + " ORDER BY g.start, g.id",
                    GroupPreparationMeetingEntity.class).setParameter("from", from).setParameter("to", to);
            if (area != null) {
                query.setParameter("area", area.name());
            }
            return query.getResultList().stream().map(GroupPreparationMeetingEntity::toMeeting).toList();
        });
    }

    @Override
    public List<GroupPreparationMeeting> groupMeetingsOf(String citizenId) {
        return database.read(em -> em.createQuery("SELECT g FROM GroupPreparationMeetingEntity g WHERE g.id IN"
                + " (SELECT h.id FROM GroupPreparationMeetingEntity h JOIN h.signUps s WHERE s.citizenId = :citizen)"
                + " ORDER BY g.start, g.id", GroupPreparationMeetingEntity.class).setParameter("citizen", citizenId)
                .getResultList().stream().map(GroupPreparationMeetingEntity::toMeeting).toList());
    }

    /** As {@link #updateMeeting}: the sign-ups are guarded by the meeting's version. */
    @Override
    public GroupPreparationMeeting updateGroupMeeting(GroupPreparationMeeting meeting, long expectedVersion) {
        return database.update(GroupPreparationMeetingEntity.class, "groupPreparationMeeting", meeting.id(),
                expectedVersion, (em, entity) -> {
                    em.lock(entity, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
                    entity.apply(meeting);
                }, GroupPreparationMeetingEntity::toMeeting);
    }
}
