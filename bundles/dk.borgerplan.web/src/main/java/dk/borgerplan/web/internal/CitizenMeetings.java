package dk.borgerplan.web.internal;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dk.borgerplan.calendar.CalendarInvitations;
import dk.borgerplan.plan.GroupPreparationMeeting;
import dk.borgerplan.plan.NotFoundException;
import dk.borgerplan.plan.ScheduledMeeting;
import dk.borgerplan.plan.ScheduledMeetingDraft;
import dk.borgerplan.plan.YearWheelService;

/**
 * A citizen's meetings in the year wheel, below {@code /api/citizens/{id}}: {@code meetings} (the plan meeting and
 * individual preparation meetings scheduled ahead: list, schedule, change with If-Match, {@code …/announcement},
 * {@code …/cancellation}, {@code …/invitation} as iCalendar) and {@code group-meetings} (the group preparation
 * meetings the citizen is signed up for; {@code POST}/{@code DELETE …/{groupMeetingId}} signs up and withdraws).
 * The citizen in the path has been allowed by the authorization service; a meeting of another citizen is not found.
 */
final class CitizenMeetings {

    private final YearWheelService yearWheel;

    CitizenMeetings(YearWheelService yearWheel) {
        this.yearWheel = yearWheel;
    }

    /** {@code rest} is the path after {@code meetings} or {@code group-meetings}. */
    void get(HttpServletRequest request, HttpServletResponse response, String citizenId, String collection,
            List<String> rest, CalendarInvitations calendar) throws IOException {
        Locale locale = ApiServlet.locale(request);
        if (collection.equals("group-meetings") && rest.isEmpty()) {
            ApiServlet.json(response, 200, Pages.of(request, yearWheel.groupMeetingsOf(citizenId),
                    m -> YearWheelViews.group(m, List.of(citizenId), locale)));
        } else if (collection.equals("meetings") && rest.isEmpty()) {
            ApiServlet.json(response, 200, Pages.of(request, yearWheel.meetingsOf(citizenId),
                    m -> YearWheelViews.meeting(m, locale)));
        } else if (collection.equals("meetings") && rest.size() == 1) {
            ScheduledMeeting meeting = meeting(citizenId, rest.get(0));
            response.setHeader("ETag", Versions.etag(meeting.version()));
            ApiServlet.json(response, 200, YearWheelViews.meeting(meeting, locale));
        } else if (collection.equals("meetings") && rest.size() == 2 && rest.get(1).equals("invitation")) {
            ScheduledMeeting meeting = meeting(citizenId, rest.get(0));
            if (calendar == null) {
                throw NotFound.resource(locale);
            }
            Invitations.send(response, calendar, Invitations.of(meeting, YearWheelServlet.organizer(request), locale));
        } else {
            throw NotFound.resource(locale);
        }
    }

    void post(HttpServletRequest request, HttpServletResponse response, String citizenId, String collection,
            List<String> rest) throws IOException {
        Locale locale = ApiServlet.locale(request);
        if (collection.equals("meetings") && rest.isEmpty()) {
            ScheduledMeeting made = yearWheel.schedule(CurrentUser.actor(request), citizenId,
                    ApiServlet.readBody(request, ScheduledMeetingDraft.class));
            response.setHeader("Location", "/api/citizens/" + citizenId + "/meetings/" + made.id());
            response.setHeader("ETag", Versions.etag(made.version()));
            ApiServlet.json(response, 201, YearWheelViews.meeting(made, locale));
        } else if (collection.equals("meetings") && rest.size() == 2
                && (rest.get(1).equals("announcement") || rest.get(1).equals("cancellation"))) {
            String meetingId = rest.get(0);
            long basedOn = Versions.ifMatch(request, locale, () -> meeting(citizenId, meetingId));
            meeting(citizenId, meetingId);
            ScheduledMeeting changed = rest.get(1).equals("announcement")
                    ? yearWheel.announce(CurrentUser.actor(request), meetingId, basedOn)
                    : yearWheel.cancel(CurrentUser.actor(request), meetingId, basedOn);
            response.setHeader("ETag", Versions.etag(changed.version()));
            ApiServlet.json(response, 200, YearWheelViews.meeting(changed, locale));
        } else if (collection.equals("group-meetings") && rest.size() == 1) {
            GroupPreparationMeeting joined = yearWheel.signUp(CurrentUser.actor(request), groupId(rest.get(0)),
                    citizenId);
            ApiServlet.json(response, 200, YearWheelViews.group(joined, List.of(citizenId), locale));
        } else {
            throw NotFound.resource(locale);
        }
    }

    void put(HttpServletRequest request, HttpServletResponse response, String citizenId, String collection,
            List<String> rest) throws IOException {
        Locale locale = ApiServlet.locale(request);
        if (!collection.equals("meetings") || rest.size() != 1) {
            throw NotFound.resource(locale);
        }
        String meetingId = rest.get(0);
        long basedOn = Versions.ifMatch(request, locale, () -> meeting(citizenId, meetingId));
        meeting(citizenId, meetingId);
        ScheduledMeeting changed = yearWheel.update(CurrentUser.actor(request), meetingId, basedOn,
                ApiServlet.readBody(request, ScheduledMeetingDraft.class));
        response.setHeader("ETag", Versions.etag(changed.version()));
        ApiServlet.json(response, 200, YearWheelViews.meeting(changed, locale));
    }

    void delete(HttpServletRequest request, HttpServletResponse response, String citizenId, String collection,
            List<String> rest) throws IOException {
        Locale locale = ApiServlet.locale(request);
        if (!collection.equals("group-meetings") || rest.size() != 1) {
            throw NotFound.resource(locale);
        }
        GroupPreparationMeeting left = yearWheel.withdraw(CurrentUser.actor(request), groupId(rest.get(0)), citizenId);
        ApiServlet.json(response, 200, YearWheelViews.group(left, List.of(), locale));
    }

    /** The citizen's meeting: one of another citizen is answered as not found, like one that does not exist. */
    private ScheduledMeeting meeting(String citizenId, String meetingId) {
        if (!Ids.plausible(meetingId)) {
            throw new NotFoundException("meeting", "(malformed id)");
        }
        return yearWheel.find(meetingId).filter(m -> m.citizenId().equals(citizenId))
                .orElseThrow(() -> new NotFoundException("meeting", meetingId));
    }

    private static String groupId(String id) {
        if (!Ids.plausible(id)) {
            throw new NotFoundException("groupPreparationMeeting", "(malformed id)");
        }
        return id;
    }
}
