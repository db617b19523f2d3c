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

import dk.borgerplan.plan.NotFoundException;
import dk.borgerplan.plan.Plan;
import dk.borgerplan.plan.PlanDraft;
import dk.borgerplan.plan.PlanService;
import dk.borgerplan.scales.ScaleCatalog;

/**
 * {@code /api/plans/{id}}: read a plan (with its version as ETag) and replace its content. A change must name the
 * version it was based on in {@code If-Match}; a stale version gets 412 and changes nothing.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/api/plans/*")
public class PlanServlet extends ApiServlet {

    private static final long serialVersionUID = 1L;

    private final transient PlanService plans;
    private final transient ScaleCatalog scales;
    private final transient LocalActor actor;

    @Activate
    public PlanServlet(@Reference PlanService plans, @Reference ScaleCatalog scales, @Reference LocalActor actor) {
        this.plans = plans;
        this.scales = scales;
        this.actor = actor;
    }

    static String etag(Plan plan) {
        return "\"" + plan.version() + "\"";
    }

    @Override
    protected Handler handler(String method) {
        return switch (method) {
            case "GET" -> this::get;
            case "PUT" -> this::put;
            default -> null;
        };
    }

    private void get(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Plan plan = plan(request);
        response.setHeader("ETag", etag(plan));
        json(response, 200, Views.plan(plan, plans, scales, locale(request)));
    }

    private void put(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = locale(request);
        Plan current = plan(request);
        long basedOn = Versions.ifMatch(request, locale);
        Plan changed = plans.update(actor.actor(), current.id(), basedOn, readBody(request, PlanDraft.class));
        response.setHeader("ETag", etag(changed));
        json(response, 200, Views.plan(changed, plans, scales, locale));
    }

    private Plan plan(HttpServletRequest request) {
        List<String> path = segments(request);
        if (path.size() != 1) {
            throw NotFound.resource(locale(request));
        }
        String id = path.get(0);
        if (!Ids.plausible(id)) {
            throw new NotFoundException("plan", "(malformed id)");
        }
        return plans.find(id).orElseThrow(() -> new NotFoundException("plan", id));
    }

}
