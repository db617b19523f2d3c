package dk.borgerplan.web.internal;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import dk.borgerplan.method.FieldKind;
import dk.borgerplan.method.SectionEntry;
import dk.borgerplan.plan.CycleService;
import dk.borgerplan.plan.CycleStage;
import dk.borgerplan.plan.NotFoundException;
import dk.borgerplan.plan.PlanCycle;
import dk.borgerplan.plan.SectionRecord;
import dk.borgerplan.plan.SectionService;
import dk.borgerplan.plan.Stamp;

/**
 * {@code /api/cycles/{id}}: one yearly cycle with its history (ETag = version); {@code POST
 * /api/cycles/{id}/transitions} with {@code {"to": "PLAN_MEETING"}} and {@code If-Match} moves it one stage on.
 * {@code GET/PUT /api/cycles/{id}/sections/{method}/{section}}: what is written in a method's plan section (or a
 * sheet's answers, section {@code sheet-<id>}) in that cycle, with the method's figures; a PUT replaces the entries,
 * {@code {"entries": [{"field": "value", ...}]}}, with {@code If-Match} ({@code "0"} for a section not written in yet).
 * Opening and listing a citizen's cycles is {@code /api/citizens/{id}/cycles}.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/api/cycles/*")
public class CycleServlet extends ApiServlet {

    private static final long serialVersionUID = 1L;

    private final transient CycleService cycles;
    private final transient SectionService sections;

    @Activate
    public CycleServlet(@Reference CycleService cycles, @Reference SectionService sections) {
        this.cycles = cycles;
        this.sections = sections;
    }

    /** The body of a transition: the stage to move to. */
    record Transition(CycleStage to) {
    }

    /** The body of a section: its entries, each a map of field ids to values as text. */
    record SectionBody(List<Map<String, String>> entries) {
    }

    record SummaryView(String id, String label, FieldKind kind, String value, String goal) {
    }

    record SectionView(String cycleId, String method, String section, List<Map<String, String>> entries,
            List<SummaryView> summary, long version, Stamp created, Stamp updated) {

        static SectionView of(SectionRecord record, Locale locale) {
            return new SectionView(record.cycleId(), record.method(), record.section(),
                    record.entries().stream().map(SectionEntry::values).toList(),
                    record.summary().stream().map(line -> new SummaryView(line.id(), line.label().in(locale),
                            line.kind(), line.value(), line.goal())).toList(),
                    record.version(), record.created(), record.updated());
        }
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
        if (isSection(path)) {
            cycle(path.get(0));
            SectionRecord record = sections.section(path.get(0), path.get(2), path.get(3));
            response.setHeader("ETag", Versions.etag(record.version()));
            json(response, 200, SectionView.of(record, locale(request)));
            return;
        }
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
        PlanCycle moved = cycles.advance(CurrentUser.actor(request), cycleId, basedOn, transition.to());
        response.setHeader("ETag", etag(moved));
        json(response, 200, Views.cycle(moved, cycles, locale));
    }

    private static boolean isSection(List<String> path) {
        return path.size() == 4 && path.get(1).equals("sections");
    }

    private void put(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<String> path = segments(request);
        Locale locale = locale(request);
        if (!isSection(path)) {
            throw NotFound.resource(locale);
        }
        String cycleId = path.get(0);
        long basedOn = Versions.ifMatch(request, locale,
                () -> sections.section(cycle(cycleId).id(), path.get(2), path.get(3)));
        SectionBody body = readBody(request, SectionBody.class);
        if (body.entries() == null) {
            throw ApiException.badRequest("entries", "required", Texts.REQUIRED.in(locale));
        }
        cycle(cycleId);
        SectionRecord saved = sections.save(CurrentUser.actor(request), cycleId, path.get(2), path.get(3), basedOn,
                body.entries());
        response.setHeader("ETag", Versions.etag(saved.version()));
        json(response, 200, SectionView.of(saved, locale));
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
