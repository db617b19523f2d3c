package dk.borgerplan.web.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/**
 * The default servlet: a short Danish page at {@code /} that tells a new user where the API is, and a problem+json
 * 404 for every address that nothing else serves (including unknown {@code /api/...} paths).
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/")
public class RootServlet extends ApiServlet {

    private static final long serialVersionUID = 1L;

    private static final String WELCOME = """
            <!doctype html>
            <html lang="da"><head><meta charset="utf-8"><title>Borgerplan</title></head>
            <body>
            <h1>Borgerplan kører</h1>
            <p>Borgerplan er platformen for borgerens handleplan (serviceloven §141), fx "Mit liv – Min plan".</p>
            <ul>
            <li><a href="/api/health">Status for systemets dele</a> (<code>/api/health</code>)</li>
            <li><a href="/api/methods">Metoder</a> (<code>/api/methods</code>)</li>
            <li><a href="/api/scales">Skalaer</a> (<code>/api/scales</code>)</li>
            </ul>
            </body></html>
            """;

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
        response.setStatus(200);
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        byte[] page = WELCOME.getBytes(StandardCharsets.UTF_8);
        response.setContentLength(page.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(page);
        }
    }

    private void notFound(HttpServletRequest request, HttpServletResponse response) {
        throw NotFound.resource(locale(request));
    }
}
