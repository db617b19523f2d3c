package dk.borgerplan.persistence.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import dk.borgerplan.plan.Picture;
import dk.borgerplan.plan.PreparationMeeting;
import dk.borgerplan.plan.Stamp;
import dk.borgerplan.plan.spi.PreparationStore;

/** The preparation store: preparation meetings with their sheets, and pictures, in the bundle's one database. */
@Component(service = PreparationStore.class)
public class JpaPreparationStore implements PreparationStore {

    private final StoreDatabase database;

    @Activate
    public JpaPreparationStore(@Reference StoreDatabase database) {
        this.database = database;
    }

    @Override
    public PreparationMeeting insertMeeting(PreparationMeeting meeting) {
        return database.write(em -> {
            PreparationMeetingEntity entity = new PreparationMeetingEntity(meeting);
            em.persist(entity);
            em.flush();
            return entity.toMeeting();
        });
    }

    @Override
    public Optional<PreparationMeeting> meeting(String id) {
        return database.read(em -> Optional.ofNullable(em.find(PreparationMeetingEntity.class, id))
                .map(PreparationMeetingEntity::toMeeting));
    }

    @Override
    public List<PreparationMeeting> meetingsOf(String cycleId) {
        return database.read(em -> em.createQuery("SELECT m FROM PreparationMeetingEntity m WHERE m.cycleId = :cycle"
                + " ORDER BY m.date, m.createdAt, m.id", PreparationMeetingEntity.class)
                .setParameter("cycle", cycleId).getResultList().stream().map(PreparationMeetingEntity::toMeeting)
                .toList());
    }

    /**
     * Replaces the meeting if its version is still the expected one. The version is raised by every call, even one
     * that changes nothing, so that the SQL {@code UPDATE … WHERE VERSION = ?} always guards it and every answer
     * carries a new version.
     */
    @Override
    public PreparationMeeting updateMeeting(PreparationMeeting meeting, long expectedVersion) {
        return database.update(PreparationMeetingEntity.class, "preparationMeeting", meeting.id(), expectedVersion,
                (em, entity) -> {
                    em.lock(entity, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
                    entity.apply(meeting);
                }, PreparationMeetingEntity::toMeeting);
    }

    @Override
    public Picture insertPicture(Picture picture, byte[] content) {
        return database.write(em -> {
            PictureEntity entity = new PictureEntity(picture, content);
            em.persist(entity);
            em.flush();
            return entity.toPicture();
        });
    }

    /** The metadata only: a projection, so that the BLOB is not read. */
    @Override
    public Optional<Picture> picture(String id) {
        return database.read(em -> em.createQuery("SELECT p.id, p.mediaType, p.size, p.sha256, p.createdBy,"
                + " p.createdAt FROM PictureEntity p WHERE p.id = :id", Object[].class).setParameter("id", id)
                .getResultStream().findFirst().map(row -> new Picture((String) row[0], (String) row[1],
                        ((Number) row[2]).longValue(), (String) row[3], new Stamp((String) row[4], (Instant) row[5]))));
    }

    @Override
    public Optional<byte[]> pictureContent(String id) {
        return database.read(em -> Optional.ofNullable(em.find(PictureEntity.class, id)).map(PictureEntity::content));
    }

    @Override
    public List<String> meetingsShowing(String pictureId) {
        return database.read(em -> em.createQuery("SELECT DISTINCT m.id FROM PreparationMeetingEntity m "
                + "JOIN m.entries e WHERE e.pictureId = :picture", String.class).setParameter("picture", pictureId)
                .getResultList());
    }

    @Override
    public Optional<String> citizenOfMeeting(String id) {
        return database.read(em -> em.createQuery("SELECT m.citizenId FROM PreparationMeetingEntity m WHERE m.id = :id",
                String.class).setParameter("id", id).getResultStream().findFirst());
    }
}
