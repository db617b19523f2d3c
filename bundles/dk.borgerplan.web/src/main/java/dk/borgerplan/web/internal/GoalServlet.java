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

import dk.borgerplan.plan.GoalClosingDraft;
import dk.borgerplan.plan.GoalReviewDraft;
import dk.borgerplan.plan.NotFoundException;
import dk.borgerplan.plan.Plan;
import dk.borgerplan.plan.PlanService;
import dk.borgerplan.scales.ScaleCatalog;

/**
 * {@code /api/goals/{id}}: one goal with its plan; its ETag is the plan's version, because a goal changes with its
 * plan. {@code POST /api/goals/{id}/closing} (If-Match): achieved, or closed early with a reason and the authority
 * contacted. {@code POST /api/goals/{id}/review} (If-Match): the goal's new score and outcome at the status review.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/api/goals/*")
public class GoalServlet extends ApiServlet {

    private static final long serialVersionUID = 1L;

    private final transient PlanService plans;
    private final transient ScaleCatalog scales;
    private final transient LocalActor actor;

    @Activate
    public GoalServlet(@Reference PlanService plans, @Reference ScaleCatalog scales, @Reference LocalActor actor) {
        this.plans = plans;
        this.scales = scales;
        this.actor = actor;
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
        send(response, planOf(path.get(0)), path.get(0), 200, locale(request));
    }

    private void post(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<String> path = segments(request);
        Locale locale = locale(request);
        if (path.size() != 2 || !(path.get(1).equals("closing") || path.get(1).equals("review"))) {
            throw NotFound.resource(locale);
        }
        String goalId = path.get(0);
        planOf(goalId);
        long basedOn = Versions.ifMatch(request, locale);
        Plan changed = path.get(1).equals("closing")
                ? plans.closeGoal(actor.actor(), goalId, basedOn, readBody(request, GoalClosingDraft.class))
                : plans.reviewGoal(actor.actor(), goalId, basedOn, readBody(request, GoalReviewDraft.class));
        send(response, changed, goalId, 200, locale);
    }

    private void send(HttpServletResponse response, Plan plan, String goalId, int status, Locale locale)
            throws IOException {
        response.setHeader("ETag", PlanServlet.etag(plan));
        json(response, status, Views.goalInPlan(plan, plan.goal(goalId).orElseThrow(), scales, locale));
    }

    private Plan planOf(String goalId) {
        if (!Ids.plausible(goalId)) {
            throw new NotFoundException("goal", "(malformed id)");
        }
        return plans.planOfGoal(goalId).orElseThrow(() -> new NotFoundException("goal", goalId));
    }
}
