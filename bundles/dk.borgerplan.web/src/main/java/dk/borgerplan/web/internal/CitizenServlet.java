package dk.borgerplan.web.internal;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.servlet.whiteboard.annotations.RequireHttpWhiteboard;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import dk.borgerplan.access.AuthorizationService;
import dk.borgerplan.access.NewGrant;
import dk.borgerplan.access.Operation;
import dk.borgerplan.access.Part;
import dk.borgerplan.access.ResourceKind;
import dk.borgerplan.access.RelationshipService;
import dk.borgerplan.accounts.Account;
import dk.borgerplan.accounts.AccountService;
import dk.borgerplan.audit.AuditLog;
import dk.borgerplan.calendar.CalendarInvitations;
import dk.borgerplan.export.ExportOptions;
import dk.borgerplan.export.InformationLetterExport;
import dk.borgerplan.plan.CaseloadService;
import dk.borgerplan.plan.Citizen;
import dk.borgerplan.plan.CitizenService;
import dk.borgerplan.plan.CitizenStatus;
import dk.borgerplan.plan.CycleService;
import dk.borgerplan.plan.NewCitizen;
import dk.borgerplan.plan.NotFoundException;
import dk.borgerplan.plan.Page;
import dk.borgerplan.plan.Plan;
import dk.borgerplan.plan.PlanCycle;
import dk.borgerplan.plan.PlanDraft;
import dk.borgerplan.plan.PlanService;
import dk.borgerplan.plan.YearWheelService;
import dk.borgerplan.scales.ScaleCatalog;

/**
 * {@code /api/citizens}: list (paged) and register citizens; {@code /api/citizens/{id}}: one citizen;
 * {@code /api/citizens/{id}/plans}: the citizen's plans, and a new plan (made at the plan meeting of the open
 * cycle); {@code /api/citizens/{id}/cycles}: the yearly cycles, newest first, and opening the next one; {@code /api/citizens/{id}/cpr}: the CPR
 * number unmasked, for the user who asks to see it (everywhere else it is masked; it is never part of a URL);
 * {@code PUT /api/citizens/{id}} with If-Match changes the citizen (offers, people around them, look, opt-out);
 * {@code /api/citizens/{id}/progression}: each goal's progression over the cycles; {@code POST /api/citizens/search}
 * {@code /api/citizens/{id}/access-log}: who looked at the citizen's data, when and why (staff by role and
 * organisation only), as the citizen may ask to see; {@code /api/citizens/{id}/export/information-letter}: the
 * information letter to the citizen's (cooperating) municipality as PDF, where the distribution has it; with {@code {name?, offset?, limit?}}: the citizens whose name contains the text, each with where the cycle stands
 * and what is due (the name travels in the body, never in a URL). Lists are paged
 * ({@code offset}, {@code limit}) and come as {@code {items, offset, limit, total}}.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/api/citizens/*")
@RequireHttpWhiteboard
public class CitizenServlet extends ApiServlet {

    private static final long serialVersionUID = 1L;

    static final int DEFAULT_PAGE = 50;

    private final transient CitizenService citizens;
    private final transient PlanService plans;
    private final transient CycleService cycles;
    private final transient ScaleCatalog scales;
    private final transient CaseloadService caseload;
    private final transient AuditLog audit;
    private final transient AuthorizationService authorization;
    private final transient RelationshipService relationships;
    private final transient AccountService accounts;

    // The letter is its own bundle, which a distribution may leave out: optional.
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private transient volatile InformationLetterExport letterExport;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private transient volatile CalendarInvitations calendar;
    private final transient CitizenMeetings meetings;

    /** A goal of the citizen's current plan, with the plan it is in. */
    record SharedGoal(String planId, Views.GoalView goal) {
    }

    /** The body of {@code POST /api/citizens/search}. */
    record Search(String name, Integer offset, Integer limit) {
    }

    @Activate
    public CitizenServlet(@Reference CitizenService citizens, @Reference PlanService plans,
            @Reference CycleService cycles, @Reference ScaleCatalog scales,
            @Reference CaseloadService caseload, @Reference AuditLog audit,
            @Reference AuthorizationService authorization, @Reference RelationshipService relationships,
            @Reference AccountService accounts, @Reference YearWheelService yearWheel) {
        this.meetings = new CitizenMeetings(yearWheel);
        this.authorization = authorization;
        this.relationships = relationships;
        this.accounts = accounts;
        this.caseload = caseload;
        this.audit = audit;
        this.citizens = citizens;
        this.plans = plans;
        this.cycles = cycles;
        this.scales = scales;
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

    /** {@code /api/citizens/{id}/meetings…} and {@code …/group-meetings…}: the citizen's year wheel. */
    private static boolean yearWheel(List<String> path) {
        return path.size() >= 2 && (path.get(1).equals("meetings") || path.get(1).equals("group-meetings"));
    }

    private void get(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<String> path = segments(request);
        Locale locale = locale(request);
        if (yearWheel(path)) {
            meetings.get(request, response, citizen(path.get(0)).id(), path.get(1), path.subList(2, path.size()),
                    calendar);
        } else if (path.isEmpty()) {
            int offset = intParameter(request, "offset", 0);
            int limit = intParameter(request, "limit", DEFAULT_PAGE);
            Page<Citizen> page = citizens.list(authorization.visibleTo(account(request)), offset, limit);
            AuditFilter.found(request, page.items().stream().map(Citizen::id).toList());
            json(response, 200, new Page<>(page.items().stream().map(c -> Views.citizen(c, locale)).toList(),
                    page.offset(), page.limit(), page.total()));
        } else if (path.size() == 1) {
            Citizen citizen = citizen(path.get(0));
            response.setHeader("ETag", etag(citizen));
            json(response, 200, Views.citizen(citizen, locale));
        } else if (path.size() == 2 && path.get(1).equals("cycles")) {
            String citizenId = citizen(path.get(0)).id();
            json(response, 200, Pages.of(request, cycles.cyclesOf(citizenId), c -> Views.cycle(c, cycles, locale)));
        } else if (path.size() == 2 && path.get(1).equals("progression")) {
            String citizenId = citizen(path.get(0)).id();
            json(response, 200,
                    Pages.of(request, plans.progression(citizenId), p -> Views.progression(p, scales, locale)));
        } else if (path.size() == 2 && path.get(1).equals("cpr")) {
            Citizen citizen = citizen(path.get(0));
            if (citizen.cprNumber() == null) {
                throw NotFound.resource(locale);
            }
            json(response, 200, java.util.Map.of("cprNumber", citizen.cprNumber().value()));
        } else if (path.size() == 2 && path.get(1).equals("access-log")) {
            String citizenId = citizen(path.get(0)).id();
            json(response, 200, Pages.of(request, audit.accessesOf(citizenId), a -> Views.access(a, locale)));
        } else if (path.size() == 3 && path.get(1).equals("access-log") && path.get(2).equals("export")) {
            AccessLogExport.csv(response, audit.accessesOf(citizen(path.get(0)).id()), locale);
        } else if (path.size() == 3 && path.get(1).equals("export") && path.get(2).equals("information-letter")) {
            informationLetter(request, response, citizen(path.get(0)));
        } else if (path.size() == 2 && path.get(1).equals("goals")) {
            // The goals of the current cycle's plan the user may see: a provider's staff, those their offer works on.
            String citizenId = citizen(path.get(0)).id();
            Account account = account(request);
            String planId = caseload.status(citizenId).planId();
            List<dk.borgerplan.plan.Goal> goals = planId == null ? List.of()
                    : plans.find(planId).map(Plan::goals).orElse(List.of()).stream()
                            .filter(g -> authorization.decide(account, ResourceKind.GOAL, g.id(), Part.GOAL,
                                    Operation.READ).allowed())
                            .toList();
            json(response, 200, Pages.of(request, goals, g -> new SharedGoal(planId, Views.goal(g, scales, locale))));
        } else if (path.size() == 2 && path.get(1).equals("relationships")) {
            String citizenId = citizen(path.get(0)).id();
            json(response, 200, Pages.of(request, relationships.grantsOf(citizenId),
                    g -> Relationships.view(g, accounts, locale)));
        } else if (path.size() == 2 && path.get(1).equals("plans")) {
            String citizenId = citizen(path.get(0)).id();
            json(response, 200, Pages.of(request, plans.plansOf(citizenId), p -> Views.plan(p, plans, scales, locale)));
        } else {
            throw NotFound.resource(locale);
        }
    }

    /** The letter names the citizen and the current plan's meeting date: the record, which the provider's staff see. */
    private void informationLetter(HttpServletRequest request, HttpServletResponse response, Citizen citizen)
            throws IOException {
        InformationLetterExport letter = letterExport;
        if (letter == null) {
            throw NotFound.resource(locale(request));
        }
        String planId = caseload.status(citizen.id()).planId();
        Plan plan = planId == null ? null : plans.find(planId).orElse(null);
        ExportOptions options = PlanExports.options(request, citizen, plan);
        PlanExports.send(response, PlanExports.Format.PDF, "informationsbrev", options.date(),
                letter.pdf(citizen, plan, options));
    }

    private void post(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<String> path = segments(request);
        Locale locale = locale(request);
        if (yearWheel(path)) {
            meetings.post(request, response, citizen(path.get(0)).id(), path.get(1), path.subList(2, path.size()));
        } else if (path.isEmpty()) {
            Citizen citizen = citizens.create(CurrentUser.actor(request), readBody(request, NewCitizen.class));
            // The caseworker who registers a citizen has them in their caseload.
            relationships.registered(account(request), citizen.id());
            response.setHeader("Location", "/api/citizens/" + citizen.id());
            response.setHeader("ETag", etag(citizen));
            json(response, 201, Views.citizen(citizen, locale));
        } else if (path.size() == 1 && path.get(0).equals("search")) {
            Search search = readBody(request, Search.class);
            int offset = notNegative(search.offset(), "offset", 0, locale);
            int limit = notNegative(search.limit(), "limit", DEFAULT_PAGE, locale);
            Page<CitizenStatus> found = caseload.search(search.name(), authorization.visibleTo(account(request)),
                    offset, limit);
            AuditFilter.found(request, found.items().stream().map(s -> s.citizen().id()).toList());
            json(response, 200, new Page<>(found.items().stream().map(s -> Views.status(s, locale)).toList(),
                    found.offset(), found.limit(), found.total()));
        } else if (path.size() == 2 && path.get(1).equals("plans")) {
            String citizenId = citizen(path.get(0)).id();
            Plan plan = plans.create(CurrentUser.actor(request), citizenId, readBody(request, PlanDraft.class));
            response.setHeader("Location", "/api/plans/" + plan.id());
            response.setHeader("ETag", PlanServlet.etag(plan));
            json(response, 201, Views.plan(plan, plans, scales, locale));
        } else if (path.size() == 2 && path.get(1).equals("cycles")) {
            PlanCycle cycle = cycles.open(CurrentUser.actor(request), citizen(path.get(0)).id());
            response.setHeader("Location", "/api/cycles/" + cycle.id());
            response.setHeader("ETag", CycleServlet.etag(cycle));
            json(response, 201, Views.cycle(cycle, cycles, locale));
        } else if (path.size() == 2 && path.get(1).equals("relationships")) {
            String citizenId = citizen(path.get(0)).id();
            var grant = relationships.grant(account(request), citizenId,
                    readBody(request, NewGrant.class));
            response.setHeader("Location", "/api/citizens/" + citizenId + "/relationships/" + grant.id());
            json(response, 201, Relationships.view(grant, accounts, locale));
        } else if (path.size() == 1) {
            throw new ApiException(405, "method-not-allowed", format(Texts.NOT_ALLOWED, locale, "POST"), List.of());
        } else {
            throw NotFound.resource(locale);
        }
    }

    /** {@code PUT /api/citizens/{id}} with {@code If-Match}: replaces what is registered about the citizen. */
    private void put(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<String> path = segments(request);
        Locale locale = locale(request);
        if (yearWheel(path)) {
            meetings.put(request, response, citizen(path.get(0)).id(), path.get(1), path.subList(2, path.size()));
            return;
        }
        if (path.size() != 1) {
            throw NotFound.resource(locale);
        }
        String citizenId = path.get(0);
        if (!Ids.plausible(citizenId)) {
            throw new NotFoundException("citizen", "(malformed id)");
        }
        long basedOn = Versions.ifMatch(request, locale, () -> citizen(citizenId));
        Citizen changed = citizens.update(CurrentUser.actor(request), citizenId, basedOn, readBody(request, NewCitizen.class));
        response.setHeader("ETag", etag(changed));
        json(response, 200, Views.citizen(changed, locale));
    }

    /** {@code DELETE /api/citizens/{id}/relationships/{grantId}}: ends a relationship. */
    private void delete(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<String> path = segments(request);
        Locale locale = locale(request);
        if (path.size() == 1 && !path.get(0).equals("search")) {
            throw new ApiException(405, "method-not-allowed", format(Texts.NOT_ALLOWED, locale, "DELETE"), List.of());
        }
        if (yearWheel(path)) {
            meetings.delete(request, response, citizen(path.get(0)).id(), path.get(1), path.subList(2, path.size()));
            return;
        }
        if (path.size() != 3 || !path.get(1).equals("relationships")) {
            throw NotFound.resource(locale);
        }
        String citizenId = citizen(path.get(0)).id();
        if (!Ids.plausible(path.get(2))) {
            throw new NotFoundException("relationship", "(malformed id)");
        }
        relationships.revoke(account(request), citizenId, path.get(2));
        response.setStatus(204);
    }

    private static Account account(HttpServletRequest request) {
        return CurrentUser.of(request).orElseThrow(() -> new IllegalStateException("No session: the filter did not run"))
                .account();
    }

    private static int notNegative(Integer value, String field, int fallback, Locale locale) {
        if (value == null) {
            return fallback;
        }
        if (value < 0) {
            throw ApiException.badRequest(field, "negative", Texts.NOT_NEGATIVE.in(locale));
        }
        return value;
    }

    static String etag(Citizen citizen) {
        return Versions.etag(citizen.version());
    }

    private Citizen citizen(String id) {
        if (!Ids.plausible(id)) {
            throw new NotFoundException("citizen", "(malformed id)");
        }
        return citizens.find(id).orElseThrow(() -> new NotFoundException("citizen", id));
    }
}
