package dk.borgerplan.web.internal;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import dk.borgerplan.icons.IconPackAdmin;
import dk.borgerplan.icons.IconPackAdmin.InvalidPackException;
import dk.borgerplan.icons.IconPackAdmin.PackStatus;
import dk.borgerplan.platform.Text;

/**
 * {@code /api/admin/icon-packs}: the administrator's view of the icon packs. {@code GET} lists every installed pack
 * in precedence order; {@code POST} with a pack jar as the body installs it or a new version of it;
 * {@code PUT /order} orders them; {@code POST /{id}/disable} and {@code /{id}/enable} switch one off and on;
 * {@code DELETE /{id}} removes one; {@code GET /log} reads the record of these actions. Every change takes effect at
 * once and is recorded with the acting user ({@link CurrentUser}).
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/api/admin/icon-packs/*")
public class IconPackAdminServlet extends ApiServlet {

    private static final long serialVersionUID = 1L;

    /** The largest pack jar accepted. */
    static final long MAX_JAR_BYTES = 32L * 1024 * 1024;

    static final Text NOT_A_PACK = Text.of("Ikke en gyldig ikonpakke: {0}", "Not a valid icon pack: {0}");
    static final Text JAR_ONLY = Text.of("Send pakken som application/java-archive eller application/octet-stream",
            "Send the pack as application/java-archive or application/octet-stream");
    static final Text JAR_TOO_LARGE = Text.of("Pakken er større end {0} MiB", "The pack is larger than {0} MiB");
    static final Text BUILT_IN = Text.of("Pakken er en del af distributionen; den kan slås fra, men ikke fjernes eller"
            + " erstattes. Giv din egen pakke sit eget navn, og sæt den først",
            "The pack is part of the distribution: it can be disabled, not removed or replaced. Give your own pack"
                    + " a name of its own and put it first");

    private final transient IconPackAdmin admin;

    @Activate
    public IconPackAdminServlet(@Reference IconPackAdmin admin) {
        this.admin = admin;
    }

    /**
     * One pack as listed.
     *
     * @param state {@code active} or {@code disabled}
     * @param removable false for a pack built into the distribution
     */
    record PackView(String id, String name, String version, String licence, String attribution, int icons, int rank,
            int position, String state, boolean removable) {

        static PackView of(PackStatus status) {
            return new PackView(status.pack().id(), status.pack().name(), status.pack().version(),
                    status.pack().licence(), status.pack().attribution(), status.pack().iconCount(), status.rank(),
                    status.position(), status.active() ? "active" : "disabled", status.removable());
        }
    }

    /** {@code PUT /order}: the pack ids to put first, in this order. */
    record OrderRequest(List<String> order) {
    }

    @Override
    protected Handler handler(String method) {
        return switch (method) {
            case "GET" -> this::get;
            case "POST" -> this::post;
            case "PUT" -> this::put;
            case "DELETE" -> this::delete;
            default -> null;
        };
    }

    private void get(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<String> path = segments(request);
        if (path.isEmpty()) {
            json(response, 200, views(admin.installed()));
        } else if (path.equals(List.of("log"))) {
            json(response, 200, admin.log());
        } else if (path.size() == 1) {
            json(response, 200, PackView.of(find(path.get(0), locale(request))));
        } else {
            throw NotFound.resource(locale(request));
        }
    }

    private void post(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<String> path = segments(request);
        Locale locale = locale(request);
        if (path.isEmpty()) {
            upload(request, response, locale);
        } else if (path.size() == 2 && (path.get(1).equals("disable") || path.get(1).equals("enable"))) {
            find(path.get(0), locale);
            try {
                json(response, 200, PackView.of(admin.enable(path.get(0), path.get(1).equals("enable"), who(request))));
            } catch (NoSuchElementException e) {
                throw NotFound.resource(locale);
            }
        } else {
            throw NotFound.resource(locale);
        }
    }

    private void upload(HttpServletRequest request, HttpServletResponse response, Locale locale) throws IOException {
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        if (!type.startsWith("application/java-archive") && !type.startsWith("application/octet-stream")) {
            throw new ApiException(415, "unsupported-media-type", JAR_ONLY.in(locale),
                    List.of(new FieldError("Content-Type", "jarOnly", JAR_ONLY.in(locale))));
        }
        byte[] jar = Uploads.read(request.getInputStream(), request.getContentLengthLong(), MAX_JAR_BYTES, () -> {
            String message = format(JAR_TOO_LARGE, locale, MAX_JAR_BYTES / (1024 * 1024));
            return new ApiException(413, "payload-too-large", message,
                    List.of(new FieldError("body", "packTooLarge", message)));
        });
        if (jar.length == 0) {
            throw ApiException.badRequest("body", "required", Texts.EMPTY_BODY.in(locale));
        }
        try {
            List<String> before = admin.installed().stream().map(p -> p.pack().id()).toList();
            PackStatus status = admin.upload(jar, who(request));
            response.setHeader("Location", "/api/admin/icon-packs/" + status.pack().id());
            // 201 for a pack that was not installed; 200 for a new version of one that was (updated in place).
            json(response, before.contains(status.pack().id()) ? 200 : 201, PackView.of(status));
        } catch (InvalidPackException e) {
            throw invalid(e, "invalidPack", locale);
        } catch (IllegalStateException e) {
            throw builtIn(locale);
        }
    }

    private void put(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = locale(request);
        if (!segments(request).equals(List.of("order"))) {
            throw NotFound.resource(locale);
        }
        OrderRequest body = readBody(request, OrderRequest.class);
        if (body.order() == null) {
            throw ApiException.badRequest("order", "required", Texts.EMPTY_BODY.in(locale));
        }
        try {
            json(response, 200, views(admin.order(body.order(), who(request))));
        } catch (InvalidPackException e) {
            throw invalid(e, "unknownPack", locale);
        }
    }

    private void delete(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<String> path = segments(request);
        Locale locale = locale(request);
        if (path.size() != 1) {
            throw NotFound.resource(locale);
        }
        try {
            admin.remove(path.get(0), who(request));
        } catch (NoSuchElementException e) {
            throw NotFound.resource(locale);
        } catch (IllegalStateException e) {
            throw builtIn(locale);
        }
        response.setStatus(204);
    }

    private PackStatus find(String id, Locale locale) {
        return admin.installed().stream().filter(p -> p.pack().id().equals(id)).findFirst()
                .orElseThrow(() -> NotFound.resource(locale));
    }

    private static String who(HttpServletRequest request) {
        return CurrentUser.actor(request).id();
    }

    private static List<PackView> views(List<PackStatus> packs) {
        return packs.stream().map(PackView::of).toList();
    }

    // The problems name the pack's own files and fields (pack.json, icons[3]): no personal data.
    private static ApiException invalid(InvalidPackException e, String rule, Locale locale) {
        String message = format(NOT_A_PACK, locale, e.getMessage());
        return new ApiException(400, "validation", message,
                e.problems().stream().map(problem -> new FieldError(e.field(), rule, problem)).toList());
    }

    private static ApiException builtIn(Locale locale) {
        return new ApiException(409, "state-conflict", BUILT_IN.in(locale),
                List.of(new FieldError("id", "builtIn", BUILT_IN.in(locale))));
    }
}
