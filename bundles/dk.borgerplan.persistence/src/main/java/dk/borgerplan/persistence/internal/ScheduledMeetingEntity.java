package dk.borgerplan.persistence.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import dk.borgerplan.plan.ScheduledMeeting;
import dk.borgerplan.plan.ScheduledMeetingKind;
import dk.borgerplan.plan.Stamp;

/**
 * A meeting on the year wheel with its participants. The start is the Danish wall-clock time, stored as it is (a
 * TIMESTAMP without zone): the meeting is at 09:00 in Denmark whatever the server's zone.
 */
@Entity
@Table(name = "SCHEDULED_MEETING", indexes = { @Index(name = "SCHEDULED_CITIZEN", columnList = "CITIZEN_ID"),
        @Index(name = "SCHEDULED_START", columnList = "START_TIME") })
public class ScheduledMeetingEntity extends StampedEntity {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "CITIZEN_ID", length = 36, nullable = false)
    private String citizenId;

    @Column(name = "CYCLE_ID", length = 36)
    private String cycleId;

    @Column(name = "KIND", length = 30, nullable = false)
    private String kind;

    @Column(name = "START_TIME", nullable = false)
    private LocalDateTime start;

    @Column(name = "DURATION_MINUTES", nullable = false)
    private int durationMinutes;

    @Column(name = "MEETING_PLACE", length = 200)
    private String place;

    @Column(name = "ANNOUNCED_BY", length = 100)
    private String announcedBy;

    @Column(name = "ANNOUNCED_AT")
    private Instant announcedAt;

    @Column(name = "CANCELLED_BY", length = 100)
    private String cancelledBy;

    @Column(name = "CANCELLED_AT")
    private Instant cancelledAt;

    @Column(name = "SEQUENCE_NUMBER", nullable = false)
    private int sequence;

    // Read with the meeting always; eager because weaving is off (STACK.md trap 3).
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "SCHEDULED_PARTICIPANT", joinColumns = @JoinColumn(name = "MEETING_ID"))
    @OrderColumn(name = "POSITION")
    private List<ParticipantRow> participants = new ArrayList<>();

    protected ScheduledMeetingEntity() {
    }

    ScheduledMeetingEntity(ScheduledMeeting meeting) {
        this.id = meeting.id();
        this.citizenId = meeting.citizenId();
        this.kind = meeting.kind().name();
        stampCreated(meeting.created());
        apply(meeting);
    }

    /** Takes over what a change may change: everything but identity, citizen, kind and creation. */
    void apply(ScheduledMeeting meeting) {
        this.cycleId = meeting.cycleId();
        this.start = meeting.start();
        this.durationMinutes = meeting.durationMinutes();
        this.place = meeting.place();
        this.announcedBy = meeting.announced() == null ? null : meeting.announced().by();
        this.announcedAt = meeting.announced() == null ? null : meeting.announced().at();
        this.cancelledBy = meeting.cancelled() == null ? null : meeting.cancelled().by();
        this.cancelledAt = meeting.cancelled() == null ? null : meeting.cancelled().at();
        this.sequence = meeting.sequence();
        this.participants = OrderedRow.numbered(meeting.participants().stream().map(ParticipantRow::new).toList());
        stampUpdated(meeting.updated());
    }

    ScheduledMeeting toMeeting() {
        return new ScheduledMeeting(id, citizenId, cycleId, ScheduledMeetingKind.valueOf(kind), start,
                durationMinutes, place,
                OrderedRow.inOrder(participants).stream().map(ParticipantRow::toParticipant).toList(),
                announcedAt == null ? null : new Stamp(announcedBy, announcedAt),
                cancelledAt == null ? null : new Stamp(cancelledBy, cancelledAt), sequence, version(), created(),
                updated());
    }
}
