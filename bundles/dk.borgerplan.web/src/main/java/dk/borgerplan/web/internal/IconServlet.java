package dk.borgerplan.web.internal;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

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
import dk.borgerplan.themes.ThemeCatalog;

/**
 * {@code /api/icons}: the catalogue for the icon picker ({@code ?theme=} or {@code ?q=} to narrow it);
 * {@code /api/icons/{concept}}: the picture of a concept from the pack that wins (or the override folder); for a
 * concept no active pack draws, its label in a neutral frame. Pictures carry an ETag and must be revalidated, so that
 * a browser shows a swapped pack at once.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/api/icons/*")
public class IconServlet extends ApiServlet {

    private static final long serialVersionUID = 1L;

    private final transient IconCatalog catalog;
    private final transient ThemeCatalog themes;

    @Activate
    public IconServlet(@Reference IconCatalog catalog, @Reference ThemeCatalog themes) {
        this.catalog = catalog;
        this.themes = themes;
    }

    /** From a pack that has or had the concept, else from the theme it pictures, else the concept id itself. */
    private String label(String concept, Locale locale) {
        return catalog.label(concept).map(text -> text.in(locale))
                .or(() -> themes.lifeThemes().stream().filter(theme -> concept.equals(theme.icon())).findFirst()
                        .map(theme -> theme.label().in(locale)))
                .orElse(concept);
    }

    // Every picture is revalidated (no-cache): a swapped pack, an override or the fallback is seen at once.
    private static void picture(HttpServletRequest request, HttpServletResponse response, String bareEtag,
            String mediaType, byte[] bytes) throws IOException {
        String etag = "\"" + bareEtag + "\"";
        response.setHeader("ETag", etag);
        response.setHeader("Cache-Control", "no-cache");
        String ifNoneMatch = request.getHeader("If-None-Match");
        if (ifNoneMatch != null && (ifNoneMatch.contains(etag) || ifNoneMatch.trim().equals("*"))) {
            response.setStatus(304);
            return;
        }
        response.setStatus(200);
        response.setContentType(mediaType);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
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
            String concept = path.get(0);
            Optional<IconImage> image = catalog.image(concept);
            if (image.isPresent()) {
                picture(request, response, image.get().etag(), image.get().mediaType(), image.get().bytes());
            } else if (LabelPicture.CONCEPT.matcher(concept).matches()) {
                // No active pack draws it: its label in a neutral frame, in the client's language.
                String label = label(concept, locale);
                byte[] svg = LabelPicture.svg(label);
                response.setHeader("Vary", "Accept-Language");
                picture(request, response, LabelPicture.etag(svg), LabelPicture.MEDIA_TYPE, svg);
            } else {
                throw NotFound.resource(locale);
            }
        } else {
            throw NotFound.resource(locale);
        }
    }
}
