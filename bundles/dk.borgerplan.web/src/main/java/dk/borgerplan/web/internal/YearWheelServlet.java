package dk.borgerplan.web.internal;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import dk.borgerplan.access.AuthorizationService;
import dk.borgerplan.accounts.Account;
import dk.borgerplan.calendar.CalendarInvitations;
import dk.borgerplan.plan.Citizen;
import dk.borgerplan.plan.CitizenService;
import dk.borgerplan.plan.DanishTime;
import dk.borgerplan.plan.GroupPreparationMeeting;
import dk.borgerplan.plan.GroupPreparationMeetingDraft;
import dk.borgerplan.plan.NotFoundException;
import dk.borgerplan.plan.TargetGroup;
import dk.borgerplan.plan.YearWheelService;
import dk.borgerplan.platform.Text;

/**
 * The year wheel (årshjul) across citizens. {@code GET /api/year-wheel}: what needs attention for the citizens the
 * user may see (meetings without a date, dates under 12 weeks away not announced, no preparation before the plan
 * meeting, plans not approved, goals without sub-goals in the follow-up, new citizens' 3-month follow-ups, areas with
 * fewer than four group meetings); {@code GET /api/year-wheel/october-planning?year=}: next year's plan meetings per
 * offer and month. {@code /api/group-meetings}: the areas' group preparation meetings ({@code ?area=&year=}), made,
 * changed ({@code PUT} with If-Match) and cancelled ({@code POST …/cancellation}) by caseworkers and offer managers;
 * {@code GET …/{id}/invitation}: the meeting as an iCalendar file. Which citizens a user may see is the authorization
 * service's decision; the rules are the plan model's.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern({ "/api/year-wheel", "/api/year-wheel/*", "/api/group-meetings", "/api/group-meetings/*" })
public class YearWheelServlet extends ApiServlet {

    private static final long serialVersionUID = 1L;
    static final Text UNKNOWN_AREA = Text.of("Området skal være AUTISM, ACQUIRED_BRAIN_INJURY eller"
            + " INTELLECTUAL_DISABILITY", "The area must be AUTISM, ACQUIRED_BRAIN_INJURY or INTELLECTUAL_DISABILITY");
    static final Text YEAR_RANGE = Text.of("Året skal være mellem 2000 og 2100", "The year must be between 2000 and 2100");

    private final transient YearWheelService yearWheel;
    private final transient CitizenService citizens;
    private final transient AuthorizationService authorization;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private transient volatile CalendarInvitations calendar;

    @Activate
    public YearWheelServlet(@Reference YearWheelService yearWheel, @Reference CitizenService citizens,
            @Reference AuthorizationService authorization) {
        this.yearWheel = yearWheel;
        this.citizens = citizens;
        this.authorization = authorization;
    }

    @Override
    protected Handler handler(String method) {
        return switch (method) {
            case "GET" -> this::get;
            case "POST" -> this::post;
            case "PUT" -> this::put;
            default -> null;
        };
    }

    private void get(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = locale(request);
        List<String> path = path(request);
        if (path.equals(List.of("year-wheel"))) {
            Map<String, String> visible = visibleCitizens(request);
            LocalDate today = DanishTime.dateOf(java.time.Instant.now());
            var items = yearWheel.overview(visible.keySet(), today);
            AuditFilter.found(request, items.stream().map(i -> i.citizenId()).filter(id -> id != null).distinct()
                    .toList());
            json(response, 200, Pages.of(request, items, i -> YearWheelViews.item(i, visible, locale)));
        } else if (path.equals(List.of("year-wheel", "october-planning"))) {
            int year = year(request, DanishTime.dateOf(java.time.Instant.now()).getYear() + 1);
            Map<String, String> visible = visibleCitizens(request);
            var planning = yearWheel.octoberPlanning(year, visible.keySet());
            java.util.Set<String> shown = new java.util.LinkedHashSet<>(planning.unscheduledCitizenIds());
            planning.offers().forEach(o -> shown.addAll(o.citizenIds()));
            AuditFilter.found(request, List.copyOf(shown));
            json(response, 200, YearWheelViews.planning(planning, visible, locale));
        } else if (path.equals(List.of("group-meetings"))) {
            List<GroupPreparationMeeting> meetings = yearWheel.groupMeetings(area(request),
                    year(request, DanishTime.dateOf(java.time.Instant.now()).getYear()));
            Predicate<Citizen> visible = visible(request);
            json(response, 200, Pages.of(request, meetings, m -> view(m, visible, locale)));
        } else if (path.size() == 2 && path.get(0).equals("group-meetings")) {
            GroupPreparationMeeting meeting = group(path.get(1));
            response.setHeader("ETag", Versions.etag(meeting.version()));
            json(response, 200, view(meeting, visible(request), locale));
        } else if (path.size() == 3 && path.get(0).equals("group-meetings") && path.get(2).equals("invitation")) {
            GroupPreparationMeeting meeting = group(path.get(1));
            CalendarInvitations invitations = calendar;
            if (invitations == null) {
                throw NotFound.resource(locale);
            }
            Invitations.send(response, invitations, Invitations.of(meeting, organizer(request), locale));
        } else {
            throw NotFound.resource(locale);
        }
    }

    private void post(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = locale(request);
        List<String> path = path(request);
        if (path.equals(List.of("group-meetings"))) {
            GroupPreparationMeeting made = yearWheel.createGroupMeeting(CurrentUser.actor(request),
                    readBody(request, GroupPreparationMeetingDraft.class));
            response.setHeader("Location", "/api/group-meetings/" + made.id());
            response.setHeader("ETag", Versions.etag(made.version()));
            json(response, 201, view(made, visible(request), locale));
        } else if (path.size() == 3 && path.get(0).equals("group-meetings") && path.get(2).equals("cancellation")) {
            String id = groupId(path.get(1));
            long basedOn = Versions.ifMatch(request, locale, () -> group(id));
            GroupPreparationMeeting cancelled = yearWheel.cancelGroupMeeting(CurrentUser.actor(request), id, basedOn);
            response.setHeader("ETag", Versions.etag(cancelled.version()));
            json(response, 200, view(cancelled, visible(request), locale));
        } else {
            throw NotFound.resource(locale);
        }
    }

    private void put(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = locale(request);
        List<String> path = path(request);
        if (path.size() != 2 || !path.get(0).equals("group-meetings")) {
            throw NotFound.resource(locale);
        }
        String id = groupId(path.get(1));
        long basedOn = Versions.ifMatch(request, locale, () -> group(id));
        GroupPreparationMeeting changed = yearWheel.updateGroupMeeting(CurrentUser.actor(request), id, basedOn,
                readBody(request, GroupPreparationMeetingDraft.class));
        response.setHeader("ETag", Versions.etag(changed.version()));
        json(response, 200, view(changed, visible(request), locale));
    }

    /** The citizens the user may see, by id, with their names: the authorization service's decision. */
    private Map<String, String> visibleCitizens(HttpServletRequest request) {
        Map<String, String> names = new java.util.LinkedHashMap<>();
        citizens.all(visible(request)).forEach(citizen -> names.put(citizen.id(), citizen.name()));
        return names;
    }

    /** Whom the user may see: the authorization service's decision, asked of each citizen a meeting names. */
    private Predicate<Citizen> visible(HttpServletRequest request) {
        return authorization.visibleTo(CurrentUser.of(request).orElseThrow().account());
    }

    /** A group meeting with the signed-up citizens the user may see (at most its capacity, read one by one). */
    private YearWheelViews.GroupMeetingView view(GroupPreparationMeeting meeting, Predicate<Citizen> visible,
            Locale locale) {
        return YearWheelViews.group(meeting, meeting.citizenIds().stream()
                .filter(id -> citizens.find(id).filter(visible).isPresent()).toList(), locale);
    }

    private GroupPreparationMeeting group(String id) {
        return yearWheel.findGroupMeeting(groupId(id))
                .orElseThrow(() -> new NotFoundException("groupPreparationMeeting", id));
    }

    private static String groupId(String id) {
        if (!Ids.plausible(id)) {
            throw new NotFoundException("groupPreparationMeeting", "(malformed id)");
        }
        return id;
    }

    static String organizer(HttpServletRequest request) {
        Account account = CurrentUser.of(request).orElseThrow().account();
        return account.organisation() == null || account.organisation().isBlank() ? account.displayName()
                : account.organisation();
    }

    /** {@code ?area=}: one area, or null for every area. */
    private static TargetGroup area(HttpServletRequest request) {
        String area = request.getParameter("area");
        if (area == null || area.isEmpty()) {
            return null;
        }
        try {
            return TargetGroup.valueOf(area);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("area", "oneOf", UNKNOWN_AREA.in(locale(request)));
        }
    }

    private static int year(HttpServletRequest request, int fallback) {
        int year = intParameter(request, "year", fallback);
        if (year < 2000 || year > 2100) {
            throw ApiException.badRequest("year", "range", YEAR_RANGE.in(locale(request)));
        }
        return year;
    }

    /** The path after {@code /api/}: {@code year-wheel/…} or {@code group-meetings/…}. */
    private static List<String> path(HttpServletRequest request) {
        List<String> path = new java.util.ArrayList<>();
        path.add(request.getServletPath().substring("/api/".length()));
        path.addAll(segments(request));
        return path;
    }
}
