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

import dk.borgerplan.scales.Direction;
import dk.borgerplan.scales.Scale;
import dk.borgerplan.scales.ScaleCatalog;

/** {@code /api/scales} and {@code /api/scales/{id}}: the scoring scales, in the client's language. */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/api/scales/*")
public class ScaleServlet extends ApiServlet {

    private static final long serialVersionUID = 1L;

    private final transient ScaleCatalog scales;

    @Activate
    public ScaleServlet(@Reference ScaleCatalog scales) {
        this.scales = scales;
    }

    record LevelView(int value, String label, String easyRead, String pictogram) {
    }

    record ScaleView(String id, String version, String name, Direction direction, String range, List<LevelView> levels) {
    }

    @Override
    protected Handler handler(String method) {
        return "GET".equals(method) ? this::get : null;
    }

    private void get(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<String> path = segments(request);
        Locale locale = locale(request);
        if (path.isEmpty()) {
            json(response, 200, scales.scales().stream().map(s -> view(s, locale)).toList());
        } else if (path.size() == 1) {
            Scale scale = scales.find(path.get(0)).orElseThrow(() -> NotFound.resource(locale));
            json(response, 200, view(scale, locale));
        } else {
            throw NotFound.resource(locale);
        }
    }

    static ScaleView view(Scale scale, Locale locale) {
        return new ScaleView(scale.id(), scale.version(), scale.name().in(locale), scale.direction(), scale.range(),
                scale.levels().stream().map(l -> new LevelView(l.value(), l.label().in(locale),
                        l.easyRead().in(locale), l.pictogram())).toList());
    }
}
