package dk.borgerplan.web.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/**
 * {@code GET /api/openapi.json}: the OpenAPI 3 document of this API, served as it is from the bundle's
 * {@code openapi/openapi.json}. It is written by hand and must change with every endpoint; the distribution's
 * {@code OpenApiIT} fails when the document and the server disagree. Cacheable: an ETag (a hash of the document),
 * {@code Cache-Control: no-cache} and 304 on a matching {@code If-None-Match}.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/api/openapi.json")
public class OpenApiServlet extends ApiServlet {

    private static final long serialVersionUID = 1L;

    static final String RESOURCE = "/openapi/openapi.json";

    private final transient byte[] document = load();
    private final String etag = "\"" + HexFormat.of().formatHex(sha256(document), 0, 16) + "\"";

    @Override
    protected Handler handler(String method) {
        return "GET".equals(method) ? this::get : null;
    }

    private void get(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("ETag", etag);
        response.setHeader("Cache-Control", "no-cache");
        String ifNoneMatch = request.getHeader("If-None-Match");
        if (ifNoneMatch != null && (ifNoneMatch.contains(etag) || ifNoneMatch.trim().equals("*"))) {
            response.setStatus(304);
            return;
        }
        response.setStatus(200);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setContentLength(document.length);
        response.getOutputStream().write(document);
    }

    private static byte[] load() {
        try (InputStream in = OpenApiServlet.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the bundle lacks " + RESOURCE);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
