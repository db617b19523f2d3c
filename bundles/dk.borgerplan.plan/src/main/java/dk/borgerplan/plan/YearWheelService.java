package dk.borgerplan.plan;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The year wheel (årshjul): each citizen's yearly plan meeting and individual preparation meetings scheduled ahead
 * ({@link ScheduledMeeting}), the areas' group preparation meetings with their sign-ups
 * ({@link GroupPreparationMeeting}), what needs attention ({@link #overview}) and the October planning of next
 * year's plan meetings ({@link #octoberPlanning}). All times are Danish wall-clock times ({@link DanishTime}).
 * Every change names the acting user; a change of a meeting names the version it was based on. The caller decides
 * who may see and change which citizen's meetings: the reading methods that span citizens take the citizen ids the
 * user may see.
 */
@ProviderType
public interface YearWheelService {

    /**
     * Schedules a plan meeting or an individual preparation meeting for the citizen; sequence 0, not announced.
     *
     * @throws NotFoundException ({@code citizen}) when the citizen does not exist, ({@code cycle}) when the named
     *             cycle does not
     * @throws ValidationException when the draft breaks a rule (fields {@code kind}, {@code start},
     *             {@code durationMinutes}, {@code place}, {@code participants[i].…}, {@code cycleId})
     */
    ScheduledMeeting schedule(Actor actor, String citizenId, ScheduledMeetingDraft draft);

    /**
     * Replaces time, duration, place, participants and cycle (the kind stays: {@code kind} {@code kindChanged}).
     * A change of time, duration, place or participants raises the sequence; a change of the Danish calendar date
     * voids the announcement, which must then be made again (a change of the time of day alone keeps it).
     *
     * @throws VersionConflictException when the meeting has moved on since {@code basedOnVersion}
     * @throws StateConflictException ({@code meetingCancelled}) when the meeting is cancelled
     */
    ScheduledMeeting update(Actor actor, String meetingId, long basedOnVersion, ScheduledMeetingDraft draft);

    /**
     * Records that the authority has told citizen and contact person the date: who recorded it, and when.
     *
     * @throws StateConflictException ({@code meetingCancelled}, {@code alreadyAnnounced})
     * @throws VersionConflictException when the meeting has moved on
     */
    ScheduledMeeting announce(Actor actor, String meetingId, long basedOnVersion);

    /**
     * Cancels the meeting (it stays, cancelled, for the calendar's cancellation); raises the sequence.
     *
     * @throws StateConflictException ({@code meetingCancelled}) when it is cancelled already
     */
    ScheduledMeeting cancel(Actor actor, String meetingId, long basedOnVersion);

    Optional<ScheduledMeeting> find(String meetingId);

    /** The citizen a scheduled meeting belongs to, without reading the meeting (for deciding access). */
    Optional<String> citizenOfMeeting(String meetingId);

    /** The citizen's scheduled meetings, cancelled ones included, by start. */
    List<ScheduledMeeting> meetingsOf(String citizenId);

    /**
     * The scheduled meetings of these citizens held from {@code from} to {@code to}, both Danish dates included,
     * cancelled ones included, by start: for planning views.
     *
     * @throws ValidationException ({@code to}: {@code dateRange}) when {@code to} is before {@code from} or the span
     *             is longer than two years
     */
    List<ScheduledMeeting> meetingsBetween(LocalDate from, LocalDate to, Collection<String> citizenIds);

    /**
     * Creates a group preparation meeting of an area.
     *
     * @throws ValidationException (fields {@code area}, {@code start}, {@code durationMinutes}, {@code place},
     *             {@code capacity})
     */
    GroupPreparationMeeting createGroupMeeting(Actor actor, GroupPreparationMeetingDraft draft);

    /**
     * Replaces area, time, duration, place and capacity. The capacity cannot go below the citizens signed up
     * ({@code capacity}: {@code belowSignedUp}); the area cannot change once citizens are signed up ({@code area}:
     * {@code areaHasSignUps}). A change of area, time, duration or place raises the sequence.
     *
     * @throws StateConflictException ({@code meetingCancelled})
     * @throws VersionConflictException when the meeting has moved on
     */
    GroupPreparationMeeting updateGroupMeeting(Actor actor, String groupMeetingId, long basedOnVersion,
            GroupPreparationMeetingDraft draft);

    /** Cancels the group meeting; its sign-ups stay on record. Raises the sequence. */
    GroupPreparationMeeting cancelGroupMeeting(Actor actor, String groupMeetingId, long basedOnVersion);

    /**
     * Signs a citizen up. Refused ({@link ValidationException}) when the meeting is full ({@code capacity}:
     * {@code groupFull}), the citizen is signed up already ({@code citizenId}: {@code alreadySignedUp}), the citizen
     * is not of the meeting's area ({@code area}: {@code notInArea}), the meeting is cancelled ({@code cancelled}:
     * {@code meetingCancelled}) or has started ({@code start}: {@code meetingPast}). Sign-ups by several users at
     * once do not conflict with each other: the sign-up is checked again on the newest version, so the capacity is
     * never exceeded and no sign-up is lost.
     *
     * @throws NotFoundException ({@code groupPreparationMeeting}, {@code citizen})
     */
    GroupPreparationMeeting signUp(Actor actor, String groupMeetingId, String citizenId);

    /**
     * Takes a citizen's sign-up back. Refused when the citizen is not signed up ({@code citizenId}:
     * {@code notSignedUp}) or the meeting has started ({@code start}: {@code meetingPast}: who attended is kept).
     */
    GroupPreparationMeeting withdraw(Actor actor, String groupMeetingId, String citizenId);

    Optional<GroupPreparationMeeting> findGroupMeeting(String groupMeetingId);

    /**
     * The area's group meetings held in the year (Danish time), cancelled ones included, by start; every area's when
     * {@code area} is null.
     */
    List<GroupPreparationMeeting> groupMeetings(TargetGroup area, int year);

    /** The group meetings the citizen is signed up for, cancelled ones included, by start. */
    List<GroupPreparationMeeting> groupMeetingsOf(String citizenId);

    /**
     * What needs attention for these citizens on {@code today} (a Danish date), by date (undated last), then kind
     * and citizen; unknown ids are left out. The kinds and their rules are {@link YearWheelItemKind}'s and the
     * README's; areas with fewer than four group meetings are those of these citizens.
     */
    List<YearWheelItem> overview(Collection<String> citizenIds, LocalDate today);

    /** The October planning of {@code year}'s plan meetings for these citizens; unknown ids are left out. */
    OctoberPlanning octoberPlanning(int year, Collection<String> citizenIds);
}
