package dk.borgerplan.web.internal;

import java.io.IOException;
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

import dk.borgerplan.method.Method;
import dk.borgerplan.method.Phase;

/** {@code GET /api/methods}: the methods the active plugins contribute, with their phases. */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/api/methods")
public class MethodServlet extends ApiServlet {

    private static final long serialVersionUID = 1L;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    private volatile List<Method> methods;

    record PhaseView(Phase phase, String phaseLabel, String name, String description) {
    }

    record MethodView(String id, String name, String description, List<PhaseView> phases) {
    }

    @Override
    protected Handler handler(String method) {
        return "GET".equals(method) ? this::get : null;
    }

    private void get(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = locale(request);
        json(response, 200, methods.stream().sorted(Comparator.comparing(Method::id))
                .map(m -> new MethodView(m.id(), m.name().in(locale), m.description().in(locale),
                        m.phases().stream().map(p -> new PhaseView(p.phase(), p.phase().label().in(locale),
                                p.name().in(locale), p.description().in(locale))).toList()))
                .toList());
    }
}
