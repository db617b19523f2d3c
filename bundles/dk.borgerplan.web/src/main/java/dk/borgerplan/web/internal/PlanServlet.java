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
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import dk.borgerplan.access.AuthorizationService;
import dk.borgerplan.access.Operation;
import dk.borgerplan.access.Part;
import dk.borgerplan.access.ResourceKind;
import dk.borgerplan.export.ExportOptions;
import dk.borgerplan.export.PlainPlanExport;
import dk.borgerplan.export.VisualPlanExport;
import dk.borgerplan.fhir.FhirOptions;
import dk.borgerplan.fhir.FhirPlanExport;
import dk.borgerplan.plan.ApprovalDraft;
import dk.borgerplan.plan.Citizen;
import dk.borgerplan.plan.CitizenService;
import dk.borgerplan.plan.NotFoundException;
import dk.borgerplan.plan.Plan;
import dk.borgerplan.plan.PlanDraft;
import dk.borgerplan.plan.PlanService;
import dk.borgerplan.scales.ScaleCatalog;

/**
 * {@code /api/plans/{id}}: read a plan (with its version as ETag) and replace its content. A change must name the
 * version it was based on in {@code If-Match}; a stale version gets 412 and changes nothing.
 * {@code POST /api/plans/{id}/approvals}: a party approves the current revision; {@code /api/plans/{id}/revisions}
 * and {@code /revisions/{n}}: every revision, read back whole; {@code /api/plans/{id}/goals}: its goals (ETag = the
 * plan's version). Lists are paged. {@code /api/plans/{id}/export/pdf|png|docx|fhir}: the plan as a document
 * (query {@code paper}, {@code look}), where the distribution has the bundle that makes it; 404 otherwise.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/api/plans/*")
public class PlanServlet extends ApiServlet {

    private static final long serialVersionUID = 1L;

    private final transient PlanService plans;
    private final transient ScaleCatalog scales;

    private final transient AuthorizationService authorization;
    private final transient CitizenService citizens;

    // Each export is its own bundle, which a distribution may leave out or an administrator stop: optional.
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private transient volatile VisualPlanExport visualExport;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private transient volatile PlainPlanExport plainExport;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private transient volatile FhirPlanExport fhirExport;

    @Activate
    public PlanServlet(@Reference PlanService plans, @Reference ScaleCatalog scales,
            @Reference AuthorizationService authorization, @Reference CitizenService citizens) {
        this.authorization = authorization;
        this.plans = plans;
        this.scales = scales;
        this.citizens = citizens;
    }

    static String etag(Plan plan) {
        return Versions.etag(plan.version());
    }

    @Override
    protected Handler handler(String method) {
        return switch (method) {
            case "GET" -> this::get;
            case "PUT" -> this::put;
            case "POST" -> this::post;
            default -> null;
        };
    }

    private void get(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<String> path = segments(request);
        Locale locale = locale(request);
        if (path.size() == 2 && path.get(1).equals("revisions")) {
            Plan plan = plan(path.get(0));
            json(response, 200, Pages.of(request, plans.revisions(plan.id()), p -> Views.plan(p, plans, scales, locale)));
        } else if (path.size() == 2 && path.get(1).equals("goals")) {
            Plan plan = plan(path.get(0));
            response.setHeader("ETag", etag(plan));
            // Each goal as the user may see it: a provider's staff only the goals their offer works on.
            var account = CurrentUser.of(request).orElseThrow().account();
            List<dk.borgerplan.plan.Goal> shown = plan.goals().stream().filter(g -> authorization
                    .decide(account, ResourceKind.GOAL, g.id(), Part.GOAL, Operation.READ).allowed()).toList();
            json(response, 200, Pages.of(request, shown, g -> Views.goal(g, scales, locale)));
        } else if (path.size() == 3 && path.get(1).equals("export")) {
            export(request, response, plan(path.get(0)), PlanExports.Format.of(path.get(2), locale));
        } else if (path.size() == 3 && path.get(1).equals("revisions")) {
            Plan plan = plan(path.get(0));
            Plan revision = plans.revisions(plan.id()).stream()
                    .filter(p -> String.valueOf(p.revision()).equals(path.get(2))).findFirst()
                    .orElseThrow(() -> NotFound.resource(locale));
            json(response, 200, Views.plan(revision, plans, scales, locale));
        } else {
            Plan plan = plan(request);
            response.setHeader("ETag", etag(plan));
            json(response, 200, Views.plan(plan, plans, scales, locale));
        }
    }

    private void export(HttpServletRequest request, HttpServletResponse response, Plan plan,
            PlanExports.Format format) throws IOException {
        Locale locale = locale(request);
        Citizen citizen = citizens.find(plan.citizenId()).orElseThrow(() -> new NotFoundException("plan", plan.id()));
        ExportOptions options = PlanExports.options(request, citizen, plan);
        VisualPlanExport visual = visualExport;
        PlainPlanExport plain = plainExport;
        FhirPlanExport fhir = fhirExport;
        byte[] content = switch (format) {
            case PDF -> visual == null ? null : visual.pdf(citizen, plan, options);
            case PNG -> visual == null ? null : visual.png(citizen, plan, options);
            case DOCX -> plain == null ? null : plain.docx(citizen, plan, options);
            // Without the CPR number: a FHIR export goes to other systems, which identify the citizen themselves.
            case FHIR -> fhir == null ? null
                    : fhir.bundle(citizen, plan, new FhirOptions(false, options.locale()))
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        };
        if (content == null) {
            throw NotFound.resource(locale);
        }
        PlanExports.send(response, format, format == PlanExports.Format.FHIR ? "borgerplan-fhir" : "mit-liv-min-plan",
                options.date(), content);
    }

    /** {@code POST /api/plans/{id}/approvals}: one party approves the current revision. */
    private void post(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<String> path = segments(request);
        Locale locale = locale(request);
        if (path.size() != 2 || !path.get(1).equals("approvals")) {
            throw NotFound.resource(locale);
        }
        String planId = planId(path.get(0));
        long basedOn = Versions.ifMatch(request, locale, () -> plan(planId));
        Plan approved = plans.approve(CurrentUser.actor(request), planId, basedOn, readBody(request, ApprovalDraft.class));
        response.setHeader("ETag", etag(approved));
        json(response, 200, Views.plan(approved, plans, scales, locale));
    }

    private void put(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = locale(request);
        List<String> path = segments(request);
        if (path.size() != 1) {
            throw NotFound.resource(locale);
        }
        String planId = planId(path.get(0));
        long basedOn = Versions.ifMatch(request, locale, () -> plan(planId));
        Plan changed = plans.update(CurrentUser.actor(request), planId, basedOn, readBody(request, PlanDraft.class));
        response.setHeader("ETag", etag(changed));
        json(response, 200, Views.plan(changed, plans, scales, locale));
    }

    private Plan plan(HttpServletRequest request) {
        List<String> path = segments(request);
        if (path.size() != 1) {
            throw NotFound.resource(locale(request));
        }
        return plan(path.get(0));
    }

    private Plan plan(String id) {
        return plans.find(planId(id)).orElseThrow(() -> new NotFoundException("plan", id));
    }

    /** The id, if it can be a plan's: a malformed one is 404 without a read. */
    private static String planId(String id) {
        if (!Ids.plausible(id)) {
            throw new NotFoundException("plan", "(malformed id)");
        }
        return id;
    }

}
