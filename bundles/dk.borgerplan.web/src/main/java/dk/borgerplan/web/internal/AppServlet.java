package dk.borgerplan.web.internal;

import java.io.IOException;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/**
 * {@code GET /app/*}: the browser application's files. Every answer has an ETag and {@code Cache-Control: no-cache}
 * (a browser revalidates, so an update shows at once, and 304 keeps it cheap), and a Content-Security-Policy that
 * allows only this server's own scripts, styles and pictures: nothing from a CDN, nothing inline.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/app/*")
public class AppServlet extends ApiServlet {

    private static final long serialVersionUID = 1L;

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data: blob:; "
            + "style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; "
            + "form-action 'self'";

    @Reference
    private transient AppAssets assets;

    @Override
    protected Handler handler(String method) {
        return "GET".equals(method) || "HEAD".equals(method) ? this::get : null;
    }

    private void get(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String info = request.getPathInfo();
        AppAssets.Asset asset = assets.find(info == null ? null : info.substring(1))
                .orElseThrow(() -> NotFound.resource(locale(request)));
        send(request, response, asset);
    }

    /** Writes {@code asset} with its validators, or 304 when the browser has it. Shared with the root page. */
    static void send(HttpServletRequest request, HttpServletResponse response, AppAssets.Asset asset)
            throws IOException {
        response.setHeader("ETag", asset.etag());
        response.setHeader("Cache-Control", "no-cache");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("Referrer-Policy", "no-referrer");
        String ifNoneMatch = request.getHeader("If-None-Match");
        if (ifNoneMatch != null && ifNoneMatch.contains(asset.etag())) {
            response.setStatus(304);
            return;
        }
        response.setStatus(200);
        response.setContentType(asset.mediaType());
        response.setContentLength(asset.bytes().length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(asset.bytes());
        }
    }
}
