package dk.borgerplan.web.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import dk.borgerplan.guides.SharedGuides;
import dk.borgerplan.method.Guide;
import dk.borgerplan.method.Method;
import dk.borgerplan.method.Phase;

/**
 * {@code GET /api/guides}: the question guides for the person leading a conversation — the shared ones (motivational
 * interviewing, change talk, SMART; {@code source: "shared"}) and then the active methods' own ({@code source} = the
 * method's id), in the user's language. {@code ?phase=DRAFT} keeps the guides for that phase (and those for every
 * phase).
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/api/guides")
public class GuideServlet extends ApiServlet {

    private static final long serialVersionUID = 1L;

    @Reference
    private transient SharedGuides shared;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    private volatile List<Method> methods;

    record ItemView(String id, String name, String what, List<String> examples) {
    }

    record GuideView(String source, String id, Phase phase, String phaseLabel, String theme, String title,
            String about, List<ItemView> items) {
    }

    @Override
    protected Handler handler(String method) {
        return "GET".equals(method) ? this::get : null;
    }

    private void get(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = locale(request);
        Phase phase = phase(request.getParameter("phase"), locale);
        List<GuideView> views = new ArrayList<>();
        shared.guides().stream().filter(g -> phase == null || g.isFor(phase)).map(g -> view("shared", g, locale))
                .forEach(views::add);
        methods.stream().sorted(Comparator.comparing(Method::id)).forEach(m -> m.guides().stream()
                .filter(g -> phase == null || g.isFor(phase)).map(g -> view(m.id(), g, locale)).forEach(views::add));
        json(response, 200, views);
    }

    private static Phase phase(String value, Locale locale) {
        if (value == null) {
            return null;
        }
        try {
            return Phase.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("phase", "unknownPhase", Texts.UNKNOWN_PHASE.in(locale));
        }
    }

    static GuideView view(String source, Guide guide, Locale locale) {
        return new GuideView(source, guide.id(), guide.phase(),
                guide.phase() == null ? null : guide.phase().label().in(locale), guide.theme(),
                guide.title().in(locale), guide.about().in(locale),
                guide.items().stream().map(i -> new ItemView(i.id(), i.name().in(locale), i.what().in(locale),
                        i.examples().stream().map(e -> e.in(locale)).toList())).toList());
    }
}
