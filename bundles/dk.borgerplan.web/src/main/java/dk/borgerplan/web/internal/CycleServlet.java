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
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import dk.borgerplan.plan.CycleService;
import dk.borgerplan.plan.CycleStage;
import dk.borgerplan.plan.NotFoundException;
import dk.borgerplan.plan.PlanCycle;

/**
 * {@code /api/cycles/{id}}: one yearly cycle with its history (ETag = version); {@code POST
 * /api/cycles/{id}/transitions} with {@code {"to": "PLAN_MEETING"}} and {@code If-Match} moves it one stage on.
 * Opening and listing a citizen's cycles is {@code /api/citizens/{id}/cycles}.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/api/cycles/*")
public class CycleServlet extends ApiServlet {

    private static final long serialVersionUID = 1L;

    private final transient CycleService cycles;
    private final transient LocalActor actor;

    @Activate
    public CycleServlet(@Reference CycleService cycles, @Reference LocalActor actor) {
        this.cycles = cycles;
        this.actor = actor;
    }

    /** The body of a transition: the stage to move to. */
    record Transition(CycleStage to) {
    }

    @Override
    protected Handler handler(String method) {
        return switch (method) {
            case "GET" -> this::get;
            case "POST" -> this::post;
            default -> null;
        };
    }

    private void get(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<String> path = segments(request);
        if (path.size() != 1) {
            throw NotFound.resource(locale(request));
        }
        PlanCycle cycle = cycle(path.get(0));
        response.setHeader("ETag", etag(cycle));
        json(response, 200, Views.cycle(cycle, cycles, locale(request)));
    }

    private void post(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<String> path = segments(request);
        Locale locale = locale(request);
        if (path.size() != 2 || !path.get(1).equals("transitions")) {
            throw NotFound.resource(locale);
        }
        String cycleId = path.get(0);
        if (!Ids.plausible(cycleId)) {
            throw new NotFoundException("cycle", "(malformed id)");
        }
        long basedOn = Versions.ifMatch(request, locale, () -> cycle(cycleId));
        Transition transition = readBody(request, Transition.class);
        if (transition.to() == null) {
            throw ApiException.badRequest("to", "required", Texts.REQUIRED.in(locale));
        }
        PlanCycle moved = cycles.advance(actor.actor(), cycleId, basedOn, transition.to());
        response.setHeader("ETag", etag(moved));
        json(response, 200, Views.cycle(moved, cycles, locale));
    }

    static String etag(PlanCycle cycle) {
        return Versions.etag(cycle.version());
    }

    private PlanCycle cycle(String id) {
        if (!Ids.plausible(id)) {
            throw new NotFoundException("cycle", "(malformed id)");
        }
        return cycles.find(id).orElseThrow(() -> new NotFoundException("cycle", id));
    }
}
