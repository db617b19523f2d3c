package dk.borgerplan.plan.internal;

import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dk.borgerplan.plan.GroupPreparationMeeting;
import dk.borgerplan.plan.NotFoundException;
import dk.borgerplan.plan.ScheduledMeeting;
import dk.borgerplan.plan.TargetGroup;
import dk.borgerplan.plan.VersionConflictException;
import dk.borgerplan.plan.spi.YearWheelStore;

/** The year wheel in memory for the unit tests, with the same version rule as the real store. */
class InMemoryYearWheelStore implements YearWheelStore {

    final Map<String, ScheduledMeeting> meetings = new LinkedHashMap<>();
    final Map<String, GroupPreparationMeeting> groups = new LinkedHashMap<>();
    /** Runs once before the next group update is stored: a concurrent writer coming first. */
    Runnable beforeNextGroupUpdate;

    @Override
    public synchronized ScheduledMeeting insertMeeting(ScheduledMeeting meeting) {
        ScheduledMeeting stored = meeting.withVersion(1);
        meetings.put(stored.id(), stored);
        return stored;
    }

    @Override
    public synchronized Optional<ScheduledMeeting> meeting(String id) {
        return Optional.ofNullable(meetings.get(id));
    }

    @Override
    public synchronized Optional<String> citizenOfMeeting(String id) {
        return meeting(id).map(ScheduledMeeting::citizenId);
    }

    @Override
    public synchronized List<ScheduledMeeting> meetingsOf(String citizenId) {
        return meetings.values().stream().filter(m -> m.citizenId().equals(citizenId))
                .sorted(Comparator.comparing(ScheduledMeeting::start).thenComparing(ScheduledMeeting::id)).toList();
    }

    @Override
    public synchronized List<ScheduledMeeting> meetingsBetween(LocalDateTime from, LocalDateTime to) {
        return meetings.values().stream().filter(m -> !m.start().isBefore(from) && m.start().isBefore(to))
                .sorted(Comparator.comparing(ScheduledMeeting::start).thenComparing(ScheduledMeeting::id)).toList();
    }

    @Override
    public synchronized ScheduledMeeting updateMeeting(ScheduledMeeting meeting, long expectedVersion) {
        ScheduledMeeting current = meetings.get(meeting.id());
        if (current == null) {
            throw new NotFoundException("scheduledMeeting", meeting.id());
        }
        if (current.version() != expectedVersion) {
            throw new VersionConflictException("scheduledMeeting", meeting.id(), expectedVersion, current.version());
        }
        ScheduledMeeting stored = meeting.withVersion(expectedVersion + 1);
        meetings.put(stored.id(), stored);
        return stored;
    }

    @Override
    public synchronized GroupPreparationMeeting insertGroupMeeting(GroupPreparationMeeting meeting) {
        GroupPreparationMeeting stored = meeting.withVersion(1);
        groups.put(stored.id(), stored);
        return stored;
    }

    @Override
    public synchronized Optional<GroupPreparationMeeting> groupMeeting(String id) {
        return Optional.ofNullable(groups.get(id));
    }

    @Override
    public synchronized List<GroupPreparationMeeting> groupMeetingsBetween(TargetGroup area, LocalDateTime from,
            LocalDateTime to) {
        return groups.values().stream().filter(g -> area == null || g.area() == area)
                .filter(g -> !g.start().isBefore(from) && g.start().isBefore(to))
                .sorted(Comparator.comparing(GroupPreparationMeeting::start)
                        .thenComparing(GroupPreparationMeeting::id))
                .toList();
    }

    @Override
    public synchronized List<GroupPreparationMeeting> groupMeetingsOf(String citizenId) {
        return groups.values().stream().filter(g -> g.signedUp(citizenId))
                .sorted(Comparator.comparing(GroupPreparationMeeting::start)
                        .thenComparing(GroupPreparationMeeting::id))
                .toList();
    }

    @Override
    public GroupPreparationMeeting updateGroupMeeting(GroupPreparationMeeting meeting, long expectedVersion) {
        Runnable first = beforeNextGroupUpdate;
        beforeNextGroupUpdate = null;
        if (first != null) {
            first.run();
        }
        synchronized (this) {
            GroupPreparationMeeting current = groups.get(meeting.id());
            if (current == null) {
                throw new NotFoundException("groupPreparationMeeting", meeting.id());
            }
            if (current.version() != expectedVersion) {
                throw new VersionConflictException("groupPreparationMeeting", meeting.id(), expectedVersion,
                        current.version());
            }
            GroupPreparationMeeting stored = meeting.withVersion(expectedVersion + 1);
            groups.put(stored.id(), stored);
            return stored;
        }
    }
}
