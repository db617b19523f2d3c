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

import dk.borgerplan.icons.Icon;
import dk.borgerplan.icons.IconCatalog;
import dk.borgerplan.icons.IconImage;

/**
 * {@code /api/icons}: the catalogue for the icon picker ({@code ?theme=} or {@code ?q=} to narrow it);
 * {@code /api/icons/{concept}}: the picture of a concept from the pack that wins. Pictures carry an ETag and must be
 * revalidated, so that a browser shows a swapped pack at once.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/api/icons/*")
public class IconServlet extends ApiServlet {

    private static final long serialVersionUID = 1L;

    private final transient IconCatalog catalog;

    @Activate
    public IconServlet(@Reference IconCatalog catalog) {
        this.catalog = catalog;
    }

    record IconView(String concept, String label, String alt, List<String> keywords, List<String> themes,
            String pack, String href) {
    }

    @Override
    protected Handler handler(String method) {
        return "GET".equals(method) ? this::get : null;
    }

    private void get(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<String> path = segments(request);
        Locale locale = locale(request);
        if (path.isEmpty()) {
            String theme = request.getParameter("theme");
            String query = request.getParameter("q");
            List<Icon> icons = theme != null ? catalog.byTheme(theme)
                    : query != null ? catalog.search(query) : catalog.icons();
            json(response, 200, icons.stream().map(icon -> new IconView(icon.conceptId(), icon.label().in(locale),
                    icon.alt().in(locale), icon.keywords(), icon.themes(), icon.packId(),
                    "/api/icons/" + icon.conceptId())).toList());
        } else if (path.size() == 1) {
            IconImage image = catalog.image(path.get(0)).orElseThrow(() -> NotFound.resource(locale));
            String etag = "\"" + image.etag() + "\"";
            response.setHeader("ETag", etag);
            response.setHeader("Cache-Control", "no-cache");
            String ifNoneMatch = request.getHeader("If-None-Match");
            if (ifNoneMatch != null && (ifNoneMatch.contains(etag) || ifNoneMatch.trim().equals("*"))) {
                response.setStatus(304);
                return;
            }
            response.setStatus(200);
            response.setContentType(image.mediaType());
            response.setContentLength(image.bytes().length);
            response.getOutputStream().write(image.bytes());
        } else {
            throw NotFound.resource(locale);
        }
    }
}
