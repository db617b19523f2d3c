package dk.borgerplan.persistence.internal;

import java.time.LocalDate;
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

import dk.borgerplan.plan.PreparationKind;
import dk.borgerplan.plan.PreparationMeeting;
import dk.borgerplan.plan.PreparationSheet;

/** A preparation meeting with its participants and its sheet; the sheet's entries are kept in the order written. */
@Entity
@Table(name = "PREPARATION_MEETING", indexes = @Index(name = "PREPARATION_CYCLE", columnList = "CYCLE_ID"))
public class PreparationMeetingEntity extends StampedEntity {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "CITIZEN_ID", length = 36, nullable = false)
    private String citizenId;

    @Column(name = "CYCLE_ID", length = 36, nullable = false)
    private String cycleId;

    @Column(name = "KIND", length = 20, nullable = false)
    private String kind;

    @Column(name = "MEETING_DATE", nullable = false)
    private LocalDate date;

    // Read with the meeting always; eager because weaving is off (STACK.md trap 3).
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "PREPARATION_PARTICIPANT", joinColumns = @JoinColumn(name = "MEETING_ID"))
    @OrderColumn(name = "POSITION")
    private List<ParticipantRow> participants = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "SHEET_ENTRY", joinColumns = @JoinColumn(name = "MEETING_ID"))
    @OrderColumn(name = "POSITION")
    private List<SheetEntryRow> entries = new ArrayList<>();

    protected PreparationMeetingEntity() {
    }

    PreparationMeetingEntity(PreparationMeeting meeting) {
        this.id = meeting.id();
        this.citizenId = meeting.citizenId();
        this.cycleId = meeting.cycleId();
        stampCreated(meeting.created());
        apply(meeting);
    }

    /** Takes over what a change may change: everything but identity, citizen, cycle and creation. */
    void apply(PreparationMeeting meeting) {
        this.kind = meeting.kind().name();
        this.date = meeting.date();
        this.participants = OrderedRow.numbered(meeting.participants().stream().map(ParticipantRow::new).toList());
        this.entries = new ArrayList<>(meeting.sheet().entries().stream().map(SheetEntryRow::new).toList());
        stampUpdated(meeting.updated());
    }

    PreparationMeeting toMeeting() {
        return new PreparationMeeting(id, citizenId, cycleId, PreparationKind.valueOf(kind), date,
                OrderedRow.inOrder(participants).stream().map(ParticipantRow::toParticipant).toList(),
                new PreparationSheet(entries.stream().map(SheetEntryRow::toEntry).toList()), version(), created(),
                updated());
    }
}
