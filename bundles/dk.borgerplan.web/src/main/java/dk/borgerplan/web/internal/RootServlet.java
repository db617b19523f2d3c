package dk.borgerplan.web.internal;

import java.io.IOException;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/**
 * The default servlet: the browser application's page at {@code /} (its files are under {@code /app/}), and a
 * problem+json 404 for every address that nothing else serves (including unknown {@code /api/...} paths).
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/")
public class RootServlet extends ApiServlet {

    private static final long serialVersionUID = 1L;

    @Reference
    private transient AppAssets assets;

    @Override
    protected Handler handler(String method) {
        return "GET".equals(method) || "HEAD".equals(method) ? this::get : this::notFound;
    }

    private void get(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI();
        if (!"/".equals(path)) {
            notFound(request, response);
            return;
        }
        AppServlet.send(request, response, assets.find("index.html")
                .orElseThrow(() -> NotFound.resource(locale(request))));
    }

    private void notFound(HttpServletRequest request, HttpServletResponse response) {
        throw NotFound.resource(locale(request));
    }
}
