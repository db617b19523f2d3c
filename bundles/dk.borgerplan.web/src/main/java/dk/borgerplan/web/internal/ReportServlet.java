package dk.borgerplan.web.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
import dk.borgerplan.accounts.Account;
import dk.borgerplan.plan.Actor;
import dk.borgerplan.plan.CitizenService;
import dk.borgerplan.plan.ProgressionGrouping;
import dk.borgerplan.plan.ProgressionReport;
import dk.borgerplan.plan.ProgressionReportService;
import dk.borgerplan.plan.ProgressionScope;
import dk.borgerplan.platform.Text;

/**
 * The progression report across citizens (issue #9): {@code GET /api/reports/progression?groupBy=} as JSON,
 * {@code …/progression/export} as a CSV file for spreadsheets, {@code …/progression/chart} as an SVG picture. Only
 * for caseworkers and offer managers ({@link SessionFilter#allowedByRole}); the report is made of the citizens the
 * authorization service lets the user see (as every list), and for an offer manager only of the goals their
 * organisation's offers work on (as they see a plan). Small groups are suppressed by the plan model; no total is
 * added here.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern({ "/api/reports", "/api/reports/*" })
public class ReportServlet extends ApiServlet {

    private static final long serialVersionUID = 1L;
    static final Text UNKNOWN_GROUPING = Text.of("Grupperingen skal være offer, team, theme, method eller"
            + " municipality", "The grouping must be offer, team, theme, method or municipality");
    static final Text UNKNOWN_CYCLE = Text.of("Cyklussen skal være et nummer fra 1 til 100",
            "The cycle must be a number from 1 to 100");

    private final transient ProgressionReportService reports;
    private final transient CitizenService citizens;
    private final transient AuthorizationService authorization;

    @Activate
    public ReportServlet(@Reference ProgressionReportService reports, @Reference CitizenService citizens,
            @Reference AuthorizationService authorization) {
        this.reports = reports;
        this.citizens = citizens;
        this.authorization = authorization;
    }

    @Override
    protected Handler handler(String method) {
        return method.equals("GET") ? this::get : null;
    }

    private void get(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<String> path = segments(request);
        Locale locale = locale(request);
        if (path.isEmpty() || !path.get(0).equals("progression") || path.size() > 2) {
            throw NotFound.resource(locale);
        }
        String view = path.size() == 2 ? path.get(1) : "";
        if (!view.isEmpty() && !view.equals("export") && !view.equals("chart")) {
            throw NotFound.resource(locale);
        }
        ProgressionGrouping grouping = grouping(request);
        Locale language = view.isEmpty() ? locale : PlanExports.language(request);
        Integer cycle = view.equals("chart") ? cycle(request) : null;
        ProgressionReport report = report(request, grouping);
        switch (view) {
            case "export" -> ProgressionReportViews.csv(response, report, language);
            case "chart" -> {
                byte[] svg = ProgressionReportViews.svg(report, cycle, language).getBytes(StandardCharsets.UTF_8);
                response.setStatus(200);
                response.setContentType("image/svg+xml; charset=UTF-8");
                response.setHeader("Cache-Control", "no-store");
                response.setContentLength(svg.length);
                response.getOutputStream().write(svg);
            }
            default -> json(response, 200, ProgressionReportViews.json(report, locale));
        }
    }

    /**
     * The report over the citizens the authorization service lets the user see (the same decision as every list and
     * search); an offer's staff's only as far as their organisation's offers work on the goals. Their citizens are
     * those with an offer of their organisation, so the goals such an offer works on are all of citizens they see:
     * the store's counts of everyone for their provider are theirs. A caseworker's citizens are named by the
     * relationships (only stored citizens): as many as there are citizens is everyone, and the store is asked for
     * everyone (counts kept as the data changes, instead of the ids in chunks); if a citizen was registered
     * meanwhile, it is asked again by the ids, so no citizen the user may not see is ever counted.
     */
    private ProgressionReport report(HttpServletRequest request, ProgressionGrouping grouping) {
        Account account = CurrentUser.of(request).orElseThrow().account();
        Actor actor = CurrentUser.actor(request);
        java.util.Optional<java.util.Set<String>> named = authorization.visibleIds(account);
        if (named.isEmpty()) {
            String organisation = account.organisation();
            return reports.report(actor, grouping, organisation == null || organisation.isBlank()
                    ? ProgressionScope.citizens(java.util.Set.of())
                    : ProgressionScope.everyone().providedBy(organisation));
        }
        java.util.Set<String> visible = named.get();
        long before = citizens.list(0, 1).total();
        if (visible.size() == before && before > 0) {
            ProgressionReport all = reports.report(actor, grouping, ProgressionScope.everyone());
            if (citizens.list(0, 1).total() == before) {
                return all;
            }
        }
        return reports.report(actor, grouping, ProgressionScope.citizens(visible));
    }

    /** {@code ?groupBy=}: offer, team, theme, method or municipality (the default). */
    static ProgressionGrouping grouping(HttpServletRequest request) {
        String value = request.getParameter("groupBy");
        if (value == null || value.isEmpty()) {
            return ProgressionGrouping.MUNICIPALITY;
        }
        for (ProgressionGrouping grouping : ProgressionGrouping.values()) {
            if (grouping.name().toLowerCase(Locale.ROOT).equals(value)) {
                return grouping;
            }
        }
        throw ApiException.badRequest("groupBy", "oneOf", UNKNOWN_GROUPING.in(locale(request)));
    }

    /** {@code ?cycle=} of the chart: one cycle number, or every cycle when absent. */
    static Integer cycle(HttpServletRequest request) {
        String value = request.getParameter("cycle");
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            int cycle = Integer.parseInt(value);
            if (cycle >= 1 && cycle <= 100) {
                return cycle;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ApiException.badRequest("cycle", "range", UNKNOWN_CYCLE.in(locale(request)));
    }
}
