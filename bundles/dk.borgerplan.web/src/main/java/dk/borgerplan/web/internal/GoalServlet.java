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
import dk.borgerplan.plan.GoalStaircase;
import dk.borgerplan.plan.NotFoundException;
import dk.borgerplan.plan.Plan;
import dk.borgerplan.plan.PlanService;
import dk.borgerplan.plan.StaircaseService;
import dk.borgerplan.scales.ScaleCatalog;

/**
 * {@code /api/goals/{id}}: one goal with its plan; its ETag is the plan's version, because a goal changes with its
 * plan. {@code POST /api/goals/{id}/closing} (If-Match): achieved, or closed early with a reason and the authority
 * contacted. {@code POST /api/goals/{id}/review} (If-Match): the goal's new score and outcome at the status review.
 * <p>
 * The goal's staircase (måltrappen), with the staircase's own version as ETag (0 before the first change):
 * {@code GET /api/goals/{id}/subgoals}; {@code PUT …/subgoals/overall-goal} {@code {"text"}};
 * {@code POST …/subgoals} {@code {"text"}} (201); {@code POST …/subgoals/{subGoalId}/completion};
 * {@code POST …/subgoals/{subGoalId}/replacement} {@code {"text"}}; {@code PUT …/subgoals/order}
 * {@code {"order": [ids]}}. Every change needs If-Match.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/api/goals/*")
public class GoalServlet extends ApiServlet {

    private static final long serialVersionUID = 1L;

    private final transient PlanService plans;
    private final transient StaircaseService staircases;
    private final transient ScaleCatalog scales;

    /** The body of a new, replacing or overall goal: its text. */
    record TextBody(String text) {
    }

    /** The body of a new order: the active sub-goals' ids, the first step first. */
    record OrderBody(List<String> order) {
    }

    @Activate
    public GoalServlet(@Reference PlanService plans, @Reference StaircaseService staircases,
            @Reference ScaleCatalog scales) {
        this.plans = plans;
        this.staircases = staircases;
        this.scales = scales;
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
        List<String> path = segments(request);
        Locale locale = locale(request);
        if (path.size() == 2 && path.get(1).equals(SUBGOALS)) {
            planOf(path.get(0));
            send(response, staircases.staircase(path.get(0)), 200, locale);
            return;
        }
        if (path.size() != 1) {
            throw NotFound.resource(locale);
        }
        send(response, planOf(path.get(0)), path.get(0), 200, locale);
    }

    private static final String SUBGOALS = "subgoals";

    /** {@code PUT /api/goals/{id}/subgoals/overall-goal} and {@code PUT /api/goals/{id}/subgoals/order}. */
    private void put(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<String> path = segments(request);
        Locale locale = locale(request);
        if (path.size() != 3 || !path.get(1).equals(SUBGOALS)
                || !(path.get(2).equals("overall-goal") || path.get(2).equals("order"))) {
            throw NotFound.resource(locale);
        }
        String goalId = goalId(path.get(0));
        long basedOn = Versions.ifMatch(request, locale, () -> planOf(goalId));
        GoalStaircase changed = path.get(2).equals("order")
                ? staircases.reorder(CurrentUser.actor(request), goalId, basedOn, readBody(request, OrderBody.class).order())
                : staircases.setOverallGoal(CurrentUser.actor(request), goalId, basedOn,
                        readBody(request, TextBody.class).text());
        send(response, changed, 200, locale);
    }

    /** The staircase's POSTs: a new sub-goal, and one sub-goal's completion or replacement. */
    private void postSubGoal(HttpServletRequest request, HttpServletResponse response, List<String> path,
            Locale locale) throws IOException {
        String goalId = goalId(path.get(0));
        if (path.size() == 2) {
            long basedOn = Versions.ifMatch(request, locale, () -> planOf(goalId));
            GoalStaircase changed = staircases.addSubGoal(CurrentUser.actor(request), goalId, basedOn,
                    readBody(request, TextBody.class).text());
            response.setHeader("Location", "/api/goals/" + goalId + "/" + SUBGOALS);
            send(response, changed, 201, locale);
            return;
        }
        if (path.size() != 4 || !(path.get(3).equals("completion") || path.get(3).equals("replacement"))) {
            throw NotFound.resource(locale);
        }
        String subGoalId = path.get(2);
        if (!Ids.plausible(subGoalId)) {
            throw new NotFoundException("subGoal", "(malformed id)");
        }
        long basedOn = Versions.ifMatch(request, locale, () -> planOf(goalId));
        GoalStaircase changed = path.get(3).equals("completion")
                ? staircases.completeSubGoal(CurrentUser.actor(request), goalId, basedOn, subGoalId)
                : staircases.replaceSubGoal(CurrentUser.actor(request), goalId, basedOn, subGoalId,
                        readBody(request, TextBody.class).text());
        send(response, changed, 200, locale);
    }

    private static void send(HttpServletResponse response, GoalStaircase staircase, int status, Locale locale)
            throws IOException {
        response.setHeader("ETag", Versions.etag(staircase.version()));
        json(response, status, Views.staircase(staircase, locale));
    }

    private void post(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<String> path = segments(request);
        Locale locale = locale(request);
        if (path.size() >= 2 && path.get(1).equals(SUBGOALS)) {
            postSubGoal(request, response, path, locale);
            return;
        }
        if (path.size() != 2 || !(path.get(1).equals("closing") || path.get(1).equals("review"))) {
            throw NotFound.resource(locale);
        }
        String goalId = goalId(path.get(0));
        long basedOn = Versions.ifMatch(request, locale, () -> planOf(goalId));
        Plan changed = path.get(1).equals("closing")
                ? plans.closeGoal(CurrentUser.actor(request), goalId, basedOn, readBody(request, GoalClosingDraft.class))
                : plans.reviewGoal(CurrentUser.actor(request), goalId, basedOn, readBody(request, GoalReviewDraft.class));
        send(response, changed, goalId, 200, locale);
    }

    private void send(HttpServletResponse response, Plan plan, String goalId, int status, Locale locale)
            throws IOException {
        response.setHeader("ETag", PlanServlet.etag(plan));
        json(response, status, Views.goalInPlan(plan, plan.goal(goalId).orElseThrow(), scales, locale));
    }

    private Plan planOf(String goalId) {
        return plans.planOfGoal(goalId(goalId)).orElseThrow(() -> new NotFoundException("goal", goalId));
    }

    /** The id, if it can be a goal's: a malformed one is 404 without a read. */
    private static String goalId(String id) {
        if (!Ids.plausible(id)) {
            throw new NotFoundException("goal", "(malformed id)");
        }
        return id;
    }
}
