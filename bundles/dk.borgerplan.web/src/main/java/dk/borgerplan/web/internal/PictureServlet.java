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

import dk.borgerplan.plan.NotFoundException;
import dk.borgerplan.plan.Picture;
import dk.borgerplan.plan.PictureContent;
import dk.borgerplan.plan.PreparationService;
import dk.borgerplan.plan.ValidationException;
import dk.borgerplan.plan.Violation;

/**
 * {@code POST /api/pictures}: upload a drawing or photo for the preparation sheet as the raw body with
 * {@code Content-Type: image/png} or {@code image/jpeg} (the plan model checks the content itself); 201 with its id
 * and {@code Location}. A body larger than the configured maximum is refused with 413 without being read.
 * {@code GET /api/pictures/{id}}: the picture exactly as uploaded, in its own media type, never sniffed, revalidated
 * by its SHA-256 as ETag, and kept in the user's private cache only.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/api/pictures/*")
public class PictureServlet extends ApiServlet {

    private static final long serialVersionUID = 1L;

    /** The plan model's field names, as a client of this resource sees them: a header and the body. */
    private static final Map<String, String> FIELDS = Map.of("mediaType", "Content-Type", "content", "body");

    private final transient PreparationService preparation;

    @Activate
    public PictureServlet(@Reference PreparationService preparation) {
        this.preparation = preparation;
    }

    static String href(String pictureId) {
        return "/api/pictures/" + pictureId;
    }

    static String etag(Picture picture) {
        return "\"" + picture.sha256() + "\"";
    }

    @Override
    protected Handler handler(String method) {
        return switch (method) {
            case "GET" -> this::get;
            case "POST" -> this::post;
            default -> null;
        };
    }

    private void post(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<String> path = segments(request);
        Locale locale = locale(request);
        if (path.size() == 1) {
            throw new ApiException(405, "method-not-allowed", format(Texts.NOT_ALLOWED, locale, "POST"), List.of());
        } else if (!path.isEmpty()) {
            throw NotFound.resource(locale);
        }
        long max = preparation.pictureMaxBytes();
        byte[] content = Uploads.read(request.getInputStream(), request.getContentLengthLong(), max,
                () -> tooLarge(max, locale));
        Picture picture;
        try {
            picture = preparation.storePicture(CurrentUser.actor(request), request.getContentType(), content);
        } catch (ValidationException e) {
            throw new ValidationException(e.violations().stream()
                    .map(v -> new Violation(FIELDS.getOrDefault(v.field(), v.field()), v.rule(), v.arguments()))
                    .toList());
        }
        response.setHeader("Location", href(picture.id()));
        response.setHeader("ETag", etag(picture));
        json(response, 201, PreparationViews.picture(picture));
    }

    private static ApiException tooLarge(long max, Locale locale) {
        String message = Violation.of("body", "pictureTooLarge", max / (1024.0 * 1024.0)).message(locale);
        return new ApiException(413, "payload-too-large", message,
                List.of(new FieldError("body", "pictureTooLarge", message)));
    }

    private void get(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<String> path = segments(request);
        Locale locale = locale(request);
        if (path.size() != 1) {
            throw NotFound.resource(locale);
        }
        String id = path.get(0);
        if (!Ids.plausible(id)) {
            throw new NotFoundException("picture", "(malformed id)");
        }
        PictureContent picture = preparation.picture(id).orElseThrow(() -> new NotFoundException("picture", id));
        String etag = etag(picture.picture());
        response.setHeader("ETag", etag);
        // A citizen's drawing or photo is personal data: the user's own browser may keep it, no shared cache.
        response.setHeader("Cache-Control", "private, no-cache");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", "default-src 'none'; sandbox");
        String ifNoneMatch = request.getHeader("If-None-Match");
        if (ifNoneMatch != null && (ifNoneMatch.contains(etag) || ifNoneMatch.trim().equals("*"))) {
            response.setStatus(304);
            return;
        }
        response.setStatus(200);
        response.setContentType(picture.picture().mediaType());
        response.setContentLengthLong(picture.bytes().length);
        response.getOutputStream().write(picture.bytes());
    }
}
