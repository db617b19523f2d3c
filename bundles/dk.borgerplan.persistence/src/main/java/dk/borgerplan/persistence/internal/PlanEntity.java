package dk.borgerplan.persistence.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
import jakarta.persistence.UniqueConstraint;

import dk.borgerplan.plan.ActionPlanElements;
import dk.borgerplan.plan.FieldEntry;
import dk.borgerplan.plan.Plan;
import dk.borgerplan.plan.PlanMeeting;
import dk.borgerplan.plan.SpecialConditions;
import dk.borgerplan.plan.ThemeField;
import dk.borgerplan.plan.ThemeUse;

@Entity
@Table(name = "PLAN", indexes = @Index(name = "PLAN_CITIZEN", columnList = "CITIZEN_ID"),
        uniqueConstraints = @UniqueConstraint(name = "PLAN_ONE_PER_CYCLE", columnNames = "CYCLE_ID"))
public class PlanEntity extends StampedEntity {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "CITIZEN_ID", length = 36, nullable = false)
    private String citizenId;

    @Column(name = "CYCLE_ID", length = 36)
    private String cycleId;

    @Column(name = "PURPOSE", length = 4000, nullable = false)
    private String purpose;

    // Goals are always read with their plan; eager because weaving is off (STACK.md trap 3).
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "PLAN_GOAL", joinColumns = @JoinColumn(name = "PLAN_ID"),
            indexes = @Index(name = "PLAN_GOAL_ID", columnList = "GOAL_ID"))
    private List<GoalRow> goals = new ArrayList<>();

    // Every field of the wheel, in order: the resource field, the theme fields, the employment field.
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "PLAN_FIELD_ENTRY", joinColumns = @JoinColumn(name = "PLAN_ID"))
    @OrderColumn(name = "POSITION")
    private List<FieldEntryRow> fieldEntries = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "PLAN_PARKING_LOT", joinColumns = @JoinColumn(name = "PLAN_ID"))
    @OrderColumn(name = "POSITION")
    @Column(name = "THOUGHT", length = 2000, nullable = false)
    private List<String> parkingLot = new ArrayList<>();

    @Column(name = "NOTES", length = 4000)
    private String notes;

    // The §141 elements besides the purpose.
    @Column(name = "NEEDED_EFFORT", length = 4000)
    private String neededEffort;

    @Column(name = "EXPECTED_DURATION", length = 2000)
    private String expectedDuration;

    @Column(name = "SPECIAL_HOUSING", length = 2000)
    private String specialHousing;

    @Column(name = "SPECIAL_EMPLOYMENT", length = 2000)
    private String specialEmployment;

    @Column(name = "SPECIAL_PERSONAL_HELP", length = 2000)
    private String specialPersonalHelp;

    @Column(name = "SPECIAL_TREATMENT", length = 2000)
    private String specialTreatment;

    @Column(name = "SPECIAL_AIDS", length = 2000)
    private String specialAids;

    @Column(name = "REVISION", nullable = false)
    private int revision;

    // The plan meeting: its date and who took part in which role.
    @Column(name = "MEETING_DATE")
    private java.time.LocalDate meetingDate;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "PLAN_PARTICIPANT", joinColumns = @JoinColumn(name = "PLAN_ID"))
    @OrderColumn(name = "POSITION")
    private List<ParticipantRow> participants = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "PLAN_APPROVAL", joinColumns = @JoinColumn(name = "PLAN_ID"))
    @OrderColumn(name = "POSITION")
    private List<ApprovalRow> approvals = new ArrayList<>();

    protected PlanEntity() {
    }

    PlanEntity(Plan plan) {
        this.id = plan.id();
        this.citizenId = plan.citizenId();
        this.cycleId = plan.cycleId();
        stampCreated(plan.created());
        apply(plan);
    }

    /** Takes over what a change may change: everything but identity, citizen and creation. */
    void apply(Plan plan) {
        this.purpose = plan.purpose();
        this.revision = plan.revision();
        this.meetingDate = plan.meeting() == null ? null : plan.meeting().date();
        this.participants = OrderedRow.numbered(plan.meeting() == null ? List.<ParticipantRow>of()
                : plan.meeting().participants().stream().map(ParticipantRow::new).toList());
        this.approvals = new ArrayList<>(plan.approvals().stream().map(ApprovalRow::new).toList());
        this.goals = new ArrayList<>(plan.goals().stream().map(GoalRow::new).toList());
        List<FieldEntryRow> rows = new ArrayList<>();
        plan.resourceField().forEach(entry -> rows.add(new FieldEntryRow(FieldEntryRow.RESOURCE, null, entry)));
        for (ThemeField field : plan.themeFields()) {
            field.entries().forEach(entry -> rows.add(new FieldEntryRow(FieldEntryRow.THEME, field.theme(), entry)));
        }
        plan.employmentField().forEach(entry -> rows.add(new FieldEntryRow(FieldEntryRow.EMPLOYMENT, null, entry)));
        this.fieldEntries = OrderedRow.numbered(rows);
        this.parkingLot = new ArrayList<>(plan.parkingLot());
        this.notes = plan.notes();
        ActionPlanElements elements = plan.actionPlan();
        this.neededEffort = elements.neededEffort();
        this.expectedDuration = elements.expectedDuration();
        SpecialConditions special = elements.specialConditions();
        this.specialHousing = special == null ? null : special.housing();
        this.specialEmployment = special == null ? null : special.employment();
        this.specialPersonalHelp = special == null ? null : special.personalHelp();
        this.specialTreatment = special == null ? null : special.treatment();
        this.specialAids = special == null ? null : special.aids();
        stampUpdated(plan.updated());
    }

    Plan toPlan() {
        List<FieldEntry> resource = new ArrayList<>();
        List<FieldEntry> employment = new ArrayList<>();
        Map<ThemeUse, List<FieldEntry>> themes = new LinkedHashMap<>();
        for (FieldEntryRow row : OrderedRow.inOrder(fieldEntries)) {
            switch (row.field()) {
                case FieldEntryRow.RESOURCE -> resource.add(row.entry());
                case FieldEntryRow.EMPLOYMENT -> employment.add(row.entry());
                default -> themes.computeIfAbsent(row.theme(), theme -> new ArrayList<>()).add(row.entry());
            }
        }
        SpecialConditions special = specialHousing == null && specialEmployment == null && specialPersonalHelp == null
                && specialTreatment == null && specialAids == null ? null
                        : new SpecialConditions(specialHousing, specialEmployment, specialPersonalHelp,
                                specialTreatment, specialAids);
        return new Plan(id, citizenId, cycleId, purpose,
                goals.stream().sorted(Comparator.comparingInt(GoalRow::number)).map(GoalRow::toGoal).toList(),
                resource, themes.entrySet().stream().map(e -> new ThemeField(e.getKey(), e.getValue())).toList(),
                employment, notes, parkingLot, new ActionPlanElements(neededEffort, expectedDuration, special),
                revision, approvals.stream().map(ApprovalRow::toApproval).toList(), version(), created(),
                updated(), meetingDate == null && participants.isEmpty() ? null
                        : new PlanMeeting(meetingDate,
                                OrderedRow.inOrder(participants).stream().map(ParticipantRow::toParticipant)
                                        .toList()));
    }
}
