package dk.borgerplan.web.internal;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import dk.borgerplan.access.AuthorizationService;
import dk.borgerplan.access.Decision;
import dk.borgerplan.access.Operation;
import dk.borgerplan.access.Part;
import dk.borgerplan.access.ResourceKind;
import dk.borgerplan.plan.CycleService;
import dk.borgerplan.plan.NotFoundException;
import dk.borgerplan.plan.Participant;
import dk.borgerplan.plan.PreparationKind;
import dk.borgerplan.plan.PreparationMeeting;
import dk.borgerplan.plan.PreparationMeetingDraft;
import dk.borgerplan.plan.PreparationService;
import dk.borgerplan.plan.SheetEntry;
import dk.borgerplan.plan.SheetEntryDraft;

/**
 * Preparation meetings and their sheet "Her er mit liv". The meetings have a resource of their own rather than a
 * path under {@code /api/cycles/{id}} (that servlet's pattern): the cycle is named in the body when a meeting is
 * registered and in the query when a cycle's meetings are listed.
 * <ul>
 * <li>{@code GET /api/preparation-meetings?cycleId=…}: the cycle's meetings by date; {@code POST} registers one:
 * {@code {"cycleId", "kind": "GROUP"|"INDIVIDUAL", "date": "2026-11-19", "participants": [{"name", "role"}]}}</li>
 * <li>{@code GET /api/preparation-meetings/{id}} (ETag = version): the meeting, its sheet with the fields' Danish
 * labels, and the parking lot carried forward from the previous cycle; {@code PUT} with {@code If-Match} replaces
 * kind, date and participants</li>
 * <li>{@code POST /api/preparation-meetings/{id}/entries} with {@code If-Match}: a new entry
 * {@code {"field", "text"?, "icons"?, "pictureId"?, "onBehalfOf"?}}, 201 with its Location;
 * {@code GET|PUT|DELETE …/entries/{entryId}} (PUT and DELETE with {@code If-Match})</li>
 * </ul>
 * Every change answers with the whole meeting and its new ETag.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/api/preparation-meetings/*")
public class PreparationServlet extends ApiServlet {

    private static final long serialVersionUID = 1L;

    static final String BASE = "/api/preparation-meetings/";

    private final transient PreparationService preparation;
    private final transient CycleService cycles;
    private final transient AuthorizationService authorization;

    @Activate
    public PreparationServlet(@Reference PreparationService preparation, @Reference CycleService cycles,
            @Reference AuthorizationService authorization) {
        this.authorization = authorization;
        this.preparation = preparation;
        this.cycles = cycles;
    }

    /** The body that registers a meeting: its cycle and its details. */
    record NewMeeting(String cycleId, PreparationKind kind, LocalDate date, List<Participant> participants) {
    }

    static String etag(PreparationMeeting meeting) {
        return Versions.etag(meeting.version());
    }

    @Override
    protected Handler handler(String method) {
        return switch (method) {
            case "GET" -> this::get;
            case "POST" -> this::post;
            case "PUT" -> this::put;
            case "DELETE" -> this::delete;
            default -> null;
        };
    }

    private void get(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<String> path = segments(request);
        Locale locale = locale(request);
        if (path.isEmpty()) {
            String cycleId = request.getParameter("cycleId");
            if (cycleId == null || cycleId.isBlank()) {
                throw ApiException.badRequest("cycleId", "required", Texts.REQUIRED.in(locale));
            }
            if (!Ids.plausible(cycleId)) {
                throw new NotFoundException("cycle", "(malformed id)");
            }
            List<PreparationMeeting> meetings = preparation.meetingsOf(cycleId);
            List<String> carried = cycles.carriedParkingLot(cycleId);
            json(response, 200, Pages.of(request, meetings, m -> PreparationViews.meeting(m, carried, locale)));
        } else if (path.size() == 1) {
            answer(response, 200, meeting(path.get(0)), locale);
        } else if (path.size() == 3 && path.get(1).equals("entries")) {
            PreparationMeeting meeting = meeting(path.get(0));
            SheetEntry entry = entry(meeting, path.get(2));
            response.setHeader("ETag", etag(meeting));
            json(response, 200, PreparationViews.entry(entry));
        } else {
            throw NotFound.resource(locale);
        }
    }

    private void post(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<String> path = segments(request);
        Locale locale = locale(request);
        if (path.isEmpty()) {
            NewMeeting body = readBody(request, NewMeeting.class);
            if (body.cycleId() == null || body.cycleId().isBlank()) {
                throw ApiException.badRequest("cycleId", "required", Texts.REQUIRED.in(locale));
            }
            if (!Ids.plausible(body.cycleId()) || cycles.find(body.cycleId()).isEmpty()) {
                throw ApiException.badRequest("cycleId", "unknownCycle", Texts.NO_SUCH_CYCLE.in(locale));
            }
            // The cycle is named in the body, so it is decided here; a cycle the user may not reach reads as unknown.
            Decision decision = authorization.decide(CurrentUser.of(request).orElseThrow().account(),
                    ResourceKind.CYCLE, body.cycleId(), Part.PREPARATION_MEETING, Operation.WRITE);
            request.setAttribute(SessionFilter.DECISION, decision);
            if (!decision.allowed()) {
                request.setAttribute(SessionFilter.DENIED, Boolean.TRUE);
                throw ApiException.badRequest("cycleId", "unknownCycle", Texts.NO_SUCH_CYCLE.in(locale));
            }
            PreparationMeeting meeting = preparation.register(CurrentUser.actor(request), body.cycleId(),
                    new PreparationMeetingDraft(body.kind(), body.date(), body.participants()));
            response.setHeader("Location", BASE + meeting.id());
            answer(response, 201, meeting, locale);
        } else if (path.size() == 2 && path.get(1).equals("entries")) {
            String meetingId = meetingId(path.get(0));
            long basedOn = Versions.ifMatch(request, locale, () -> meeting(meetingId));
            PreparationMeeting changed = preparation.addEntry(CurrentUser.actor(request), meetingId, basedOn,
                    readBody(request, SheetEntryDraft.class));
            List<SheetEntry> entries = changed.sheet().entries();
            response.setHeader("Location", BASE + changed.id() + "/entries/" + entries.get(entries.size() - 1).id());
            answer(response, 201, changed, locale);
        } else if (path.size() == 1) {
            throw new ApiException(405, "method-not-allowed", format(Texts.NOT_ALLOWED, locale, "POST"), List.of());
        } else {
            throw NotFound.resource(locale);
        }
    }

    private void put(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<String> path = segments(request);
        Locale locale = locale(request);
        if (path.size() == 1) {
            String meetingId = meetingId(path.get(0));
            long basedOn = Versions.ifMatch(request, locale, () -> meeting(meetingId));
            answer(response, 200, preparation.update(CurrentUser.actor(request), meetingId, basedOn,
                    readBody(request, PreparationMeetingDraft.class)), locale);
        } else if (path.size() == 3 && path.get(1).equals("entries")) {
            String meetingId = meetingId(path.get(0));
            String entryId = entryId(path.get(2));
            long basedOn = Versions.ifMatch(request, locale, () -> entry(meeting(meetingId), entryId));
            answer(response, 200, preparation.changeEntry(CurrentUser.actor(request), meetingId, basedOn, entryId,
                    readBody(request, SheetEntryDraft.class)), locale);
        } else {
            throw NotFound.resource(locale);
        }
    }

    private void delete(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<String> path = segments(request);
        Locale locale = locale(request);
        if (path.size() != 3 || !path.get(1).equals("entries")) {
            throw path.size() == 1
                    ? new ApiException(405, "method-not-allowed", format(Texts.NOT_ALLOWED, locale, "DELETE"),
                            List.of())
                    : NotFound.resource(locale);
        }
        String meetingId = meetingId(path.get(0));
        String entryId = entryId(path.get(2));
        long basedOn = Versions.ifMatch(request, locale, () -> entry(meeting(meetingId), entryId));
        answer(response, 200, preparation.removeEntry(CurrentUser.actor(request), meetingId, basedOn, entryId), locale);
    }

    /** The whole meeting with its ETag and the parking lot carried forward to its cycle. */
    private void answer(HttpServletResponse response, int status, PreparationMeeting meeting, Locale locale)
            throws IOException {
        response.setHeader("ETag", etag(meeting));
        json(response, status,
                PreparationViews.meeting(meeting, cycles.carriedParkingLot(meeting.cycleId()), locale));
    }

    private PreparationMeeting meeting(String id) {
        return preparation.find(meetingId(id)).orElseThrow(() -> new NotFoundException("preparationMeeting", id));
    }

    private static SheetEntry entry(PreparationMeeting meeting, String entryId) {
        return meeting.sheet().entry(entryId(entryId))
                .orElseThrow(() -> new NotFoundException("sheetEntry", entryId));
    }

    /** The id, if it can be a meeting's: a malformed one is 404 without a read. */
    private static String meetingId(String id) {
        if (!Ids.plausible(id)) {
            throw new NotFoundException("preparationMeeting", "(malformed id)");
        }
        return id;
    }

    private static String entryId(String id) {
        if (!Ids.plausible(id)) {
            throw new NotFoundException("sheetEntry", "(malformed id)");
        }
        return id;
    }
}
