package dk.borgerplan.web.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dk.borgerplan.plan.GroupPreparationMeeting;
import dk.borgerplan.plan.MonthPlanning;
import dk.borgerplan.plan.OctoberPlanning;
import dk.borgerplan.plan.OfferPlanning;
import dk.borgerplan.plan.ScheduledMeeting;
import dk.borgerplan.plan.ScheduledMeetingKind;
import dk.borgerplan.plan.TargetGroup;
import dk.borgerplan.plan.YearWheelItem;
import dk.borgerplan.plan.YearWheelItemKind;

/** The year wheel as JSON: each record as the plan model gives it, with its labels in the request's language. */
final class YearWheelViews {

    private YearWheelViews() {
    }

    /** A scheduled meeting; the version is its ETag. Times are Danish wall-clock times. */
    record MeetingView(String id, String citizenId, String cycleId, ScheduledMeetingKind kind, String kindLabel,
            LocalDateTime start, LocalDateTime end, int durationMinutes, String place,
            List<PreparationViews.ParticipantView> participants, boolean announced, java.time.Instant announcedAt,
            boolean cancelled, int sequence, long version) {
    }

    /**
     * A group preparation meeting: how many are signed up and how many places are left; which citizens, only those
     * the user may see ({@code citizenIds}).
     */
    record GroupMeetingView(String id, TargetGroup area, String areaLabel, LocalDateTime start, LocalDateTime end,
            int durationMinutes, String place, int capacity, int signedUp, int freePlaces, List<String> citizenIds,
            boolean cancelled, int sequence, long version) {
    }

    /** One thing the year wheel asks attention for, with the citizen's name where it names a citizen. */
    record ItemView(YearWheelItemKind kind, String label, String citizenId, String citizenName, LocalDate date,
            String meetingId, String cycleId, String planId, String goalId, TargetGroup area, String areaLabel,
            Integer year, int count) {
    }

    record PlanningView(int year, List<OfferView> offers, List<CitizenRef> unscheduled) {
    }

    record OfferView(String offerName, String provider, int citizens, int total, List<MonthView> months,
            List<CitizenRef> unscheduled) {
    }

    record MonthView(Month month, String monthLabel, int count, List<PlannedView> meetings) {
    }

    record PlannedView(String meetingId, String citizenId, String citizenName, LocalDateTime start,
            boolean cancelled) {
    }

    record CitizenRef(String id, String name) {
    }

    static MeetingView meeting(ScheduledMeeting meeting, Locale locale) {
        return new MeetingView(meeting.id(), meeting.citizenId(), meeting.cycleId(), meeting.kind(),
                meeting.kind().label().in(locale), meeting.start(), meeting.endInDenmark().toLocalDateTime(),
                meeting.durationMinutes(), meeting.place(),
                meeting.participants().stream().map(p -> new PreparationViews.ParticipantView(p.name(), p.role(),
                        p.role().label().in(locale))).toList(),
                meeting.isAnnounced(), meeting.isAnnounced() ? meeting.announced().at() : null, meeting.isCancelled(),
                meeting.sequence(), meeting.version());
    }

    static GroupMeetingView group(GroupPreparationMeeting meeting, List<String> visibleCitizenIds, Locale locale) {
        return new GroupMeetingView(meeting.id(), meeting.area(), meeting.area().label().in(locale), meeting.start(),
                meeting.endInDenmark().toLocalDateTime(), meeting.durationMinutes(), meeting.place(),
                meeting.capacity(), meeting.signUps().size(), meeting.freePlaces(), visibleCitizenIds,
                meeting.isCancelled(), meeting.sequence(), meeting.version());
    }

    static ItemView item(YearWheelItem item, Map<String, String> names, Locale locale) {
        return new ItemView(item.kind(), item.label().in(locale), item.citizenId(),
                item.citizenId() == null ? null : names.get(item.citizenId()), item.date(), item.meetingId(),
                item.cycleId(), item.planId(), item.goalId(), item.area(),
                item.area() == null ? null : item.area().label().in(locale), item.year(), item.count());
    }

    static PlanningView planning(OctoberPlanning planning, Map<String, String> names, Locale locale) {
        return new PlanningView(planning.year(), planning.offers().stream().map(o -> offer(o, names, locale)).toList(),
                refs(planning.unscheduledCitizenIds(), names));
    }

    private static OfferView offer(OfferPlanning offer, Map<String, String> names, Locale locale) {
        return new OfferView(offer.offerName(), offer.provider(), offer.citizenIds().size(), offer.total(),
                offer.months().stream().map(m -> month(m, names, locale)).toList(),
                refs(offer.unscheduledCitizenIds(), names));
    }

    private static MonthView month(MonthPlanning month, Map<String, String> names, Locale locale) {
        return new MonthView(month.month(), month.month().getDisplayName(TextStyle.FULL_STANDALONE, locale),
                month.count(), month.meetings().stream().map(m -> new PlannedView(m.id(), m.citizenId(),
                        names.get(m.citizenId()), m.start(), m.isCancelled())).toList());
    }

    private static List<CitizenRef> refs(List<String> ids, Map<String, String> names) {
        return ids.stream().map(id -> new CitizenRef(id, names.get(id))).toList();
    }
}
