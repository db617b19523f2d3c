package dk.borgerplan.plan.spi;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ConsumerType;

import dk.borgerplan.plan.GroupPreparationMeeting;
import dk.borgerplan.plan.NotFoundException;
import dk.borgerplan.plan.ScheduledMeeting;
import dk.borgerplan.plan.TargetGroup;
import dk.borgerplan.plan.VersionConflictException;

/**
 * Storage for the year wheel: scheduled meetings and group preparation meetings with their sign-ups. Each method is
 * one transaction; the rules are checked before it is called. Times are Danish wall-clock times, stored as they are.
 */
@ConsumerType
public interface YearWheelStore {

    /** Stores a new scheduled meeting (with its participants) and returns it as stored, with version 1. */
    ScheduledMeeting insertMeeting(ScheduledMeeting meeting);

    Optional<ScheduledMeeting> meeting(String id);

    /** The citizen of a scheduled meeting: a projection, nothing else read. */
    Optional<String> citizenOfMeeting(String id);

    /** The citizen's scheduled meetings, by start, then id. */
    List<ScheduledMeeting> meetingsOf(String citizenId);

    /** The scheduled meetings starting at or after {@code from} and before {@code to}, by start, then id. */
    List<ScheduledMeeting> meetingsBetween(LocalDateTime from, LocalDateTime to);

    /**
     * Replaces everything but identity, citizen, kind and creation, atomically, if and only if the stored version is
     * still {@code expectedVersion}; returns it as stored, with its new version (every call raises it).
     *
     * @throws VersionConflictException when another change came first
     * @throws NotFoundException when the meeting does not exist
     */
    ScheduledMeeting updateMeeting(ScheduledMeeting meeting, long expectedVersion);

    /** Stores a new group meeting (with its sign-ups) and returns it as stored, with version 1. */
    GroupPreparationMeeting insertGroupMeeting(GroupPreparationMeeting meeting);

    Optional<GroupPreparationMeeting> groupMeeting(String id);

    /**
     * The group meetings starting at or after {@code from} and before {@code to}, of {@code area} (every area when
     * null), by start, then id.
     */
    List<GroupPreparationMeeting> groupMeetingsBetween(TargetGroup area, LocalDateTime from, LocalDateTime to);

    /** The group meetings the citizen is signed up for, by start, then id. */
    List<GroupPreparationMeeting> groupMeetingsOf(String citizenId);

    /**
     * Replaces everything but identity and creation (sign-ups included), atomically, if and only if the stored
     * version is still {@code expectedVersion}; returns it as stored, with its new version (every call raises it).
     *
     * @throws VersionConflictException when another change came first
     * @throws NotFoundException when the meeting does not exist
     */
    GroupPreparationMeeting updateGroupMeeting(GroupPreparationMeeting meeting, long expectedVersion);
}
