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

import dk.borgerplan.plan.GroupPreparationMeeting;
import dk.borgerplan.plan.Stamp;
import dk.borgerplan.plan.TargetGroup;

/**
 * A group preparation meeting with its sign-ups. The sign-ups are part of the meeting, under its version: two
 * sign-ups on the same version cannot both be stored, so the capacity checked before is the capacity kept.
 */
@Entity
@Table(name = "GROUP_PREPARATION_MEETING", indexes = @Index(name = "GROUP_MEETING_AREA_START",
        columnList = "AREA, START_TIME"))
public class GroupPreparationMeetingEntity extends StampedEntity {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "AREA", length = 40, nullable = false)
    private String area;

    @Column(name = "START_TIME", nullable = false)
    private LocalDateTime start;

    @Column(name = "DURATION_MINUTES", nullable = false)
    private int durationMinutes;

    @Column(name = "MEETING_PLACE", length = 200)
    private String place;

    @Column(name = "CAPACITY", nullable = false)
    private int capacity;

    @Column(name = "CANCELLED_BY", length = 100)
    private String cancelledBy;

    @Column(name = "CANCELLED_AT")
    private Instant cancelledAt;

    @Column(name = "SEQUENCE_NUMBER", nullable = false)
    private int sequence;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "GROUP_SIGN_UP", joinColumns = @JoinColumn(name = "MEETING_ID"),
            indexes = @Index(name = "GROUP_SIGN_UP_CITIZEN", columnList = "CITIZEN_ID"))
    @OrderColumn(name = "POSITION")
    private List<GroupSignUpRow> signUps = new ArrayList<>();

    protected GroupPreparationMeetingEntity() {
    }

    GroupPreparationMeetingEntity(GroupPreparationMeeting meeting) {
        this.id = meeting.id();
        stampCreated(meeting.created());
        apply(meeting);
    }

    /** Takes over everything but identity and creation. */
    void apply(GroupPreparationMeeting meeting) {
        this.area = meeting.area().name();
        this.start = meeting.start();
        this.durationMinutes = meeting.durationMinutes();
        this.place = meeting.place();
        this.capacity = meeting.capacity();
        this.cancelledBy = meeting.cancelled() == null ? null : meeting.cancelled().by();
        this.cancelledAt = meeting.cancelled() == null ? null : meeting.cancelled().at();
        this.sequence = meeting.sequence();
        this.signUps = OrderedRow.numbered(meeting.signUps().stream().map(GroupSignUpRow::new).toList());
        stampUpdated(meeting.updated());
    }

    GroupPreparationMeeting toMeeting() {
        return new GroupPreparationMeeting(id, TargetGroup.valueOf(area), start, durationMinutes, place, capacity,
                OrderedRow.inOrder(signUps).stream().map(GroupSignUpRow::toSignUp).toList(),
                cancelledAt == null ? null : new Stamp(cancelledBy, cancelledAt), sequence, version(), created(),
                updated());
    }
}
