package dk.borgerplan.plan.internal;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dk.borgerplan.plan.NotFoundException;
import dk.borgerplan.plan.Picture;
import dk.borgerplan.plan.PreparationMeeting;
import dk.borgerplan.plan.VersionConflictException;
import dk.borgerplan.plan.spi.PreparationStore;

/** Preparation meetings and pictures in memory for the unit tests, with the same version rule as the real store. */
class InMemoryPreparationStore implements PreparationStore {

    final Map<String, PreparationMeeting> meetings = new LinkedHashMap<>();
    final Map<String, Picture> pictures = new LinkedHashMap<>();
    final Map<String, byte[]> contents = new LinkedHashMap<>();

    @Override
    public synchronized PreparationMeeting insertMeeting(PreparationMeeting meeting) {
        PreparationMeeting stored = meeting.withVersion(1);
        meetings.put(stored.id(), stored);
        return stored;
    }

    @Override
    public synchronized Optional<PreparationMeeting> meeting(String id) {
        return Optional.ofNullable(meetings.get(id));
    }

    @Override
    public synchronized List<PreparationMeeting> meetingsOf(String cycleId) {
        return meetings.values().stream().filter(m -> m.cycleId().equals(cycleId))
                .sorted(Comparator.comparing(PreparationMeeting::date)
                        .thenComparing(m -> m.created().at()))
                .toList();
    }

    @Override
    public synchronized PreparationMeeting updateMeeting(PreparationMeeting meeting, long expectedVersion) {
        PreparationMeeting current = meetings.get(meeting.id());
        if (current == null) {
            throw new NotFoundException("preparationMeeting", meeting.id());
        }
        if (current.version() != expectedVersion) {
            throw new VersionConflictException("preparationMeeting", meeting.id(), expectedVersion,
                    current.version());
        }
        PreparationMeeting stored = meeting.withVersion(expectedVersion + 1);
        meetings.put(stored.id(), stored);
        return stored;
    }

    @Override
    public synchronized Picture insertPicture(Picture picture, byte[] content) {
        pictures.put(picture.id(), picture);
        contents.put(picture.id(), content.clone());
        return picture;
    }

    @Override
    public synchronized Optional<Picture> picture(String id) {
        return Optional.ofNullable(pictures.get(id));
    }

    @Override
    public synchronized Optional<byte[]> pictureContent(String id) {
        return Optional.ofNullable(contents.get(id)).map(byte[]::clone);
    }

    @Override
    public synchronized List<String> meetingsShowing(String pictureId) {
        return meetings.values().stream()
                .filter(m -> m.sheet().entries().stream().anyMatch(e -> pictureId.equals(e.pictureId())))
                .map(PreparationMeeting::id).toList();
    }

    @Override
    public synchronized Optional<String> citizenOfMeeting(String id) {
        return Optional.ofNullable(meetings.get(id)).map(PreparationMeeting::citizenId);
    }
}
