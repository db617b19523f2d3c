package dk.borgerplan.web.internal;

import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dk.borgerplan.export.ExportOptions;
import dk.borgerplan.export.PaperSize;
import dk.borgerplan.plan.Citizen;
import dk.borgerplan.plan.Plan;
import dk.borgerplan.plan.PlanLook;
import dk.borgerplan.platform.Text;

/**
 * The HTTP side of a plan's documents ({@code /api/plans/{id}/export/{format}}, the information letter): the query's
 * options, the response's headers. What a document contains is the export bundles' business; who may have it is the
 * authorization service's; the audit filter logs every one as an {@code EXPORT}.
 */
final class PlanExports {

    private static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");
    static final Text UNKNOWN_PAPER = Text.of("Papiret skal være A4 eller A3", "The paper must be A4 or A3");
    static final Text UNKNOWN_LANGUAGE = Text.of("Sproget skal være da eller en", "The language must be da or en");
    static final Text UNKNOWN_LOOK = Text.of("Udgaven skal være COLOURFUL (farverig) eller NEUTRAL",
            "The look must be COLOURFUL or NEUTRAL");

    /** A document format: its media type and file name ending. */
    enum Format {
        PDF("application/pdf", "pdf"),
        PNG("image/png", "png"),
        DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
        FHIR("application/fhir+json", "json");

        final String mediaType;
        final String ending;

        Format(String mediaType, String ending) {
            this.mediaType = mediaType;
            this.ending = ending;
        }

        static Format of(String segment, Locale locale) {
            for (Format format : values()) {
                if (format.name().equalsIgnoreCase(segment)) {
                    return format;
                }
            }
            throw NotFound.resource(locale);
        }
    }

    private PlanExports() {
    }

    /**
     * The options the query names ({@code paper=A4|A3}, {@code look=COLOURFUL|NEUTRAL}; the citizen's own look
     * otherwise), in the request's language ({@code plan} may be {@code null}), dated today in Danish time, with the QR code's way back to the plan.
     */
    static ExportOptions options(HttpServletRequest request, Citizen citizen, Plan plan) {
        Locale locale = language(request);
        PaperSize paper = PaperSize.A4;
        String paperParameter = request.getParameter("paper");
        if (paperParameter != null && !paperParameter.isEmpty()) {
            paper = switch (paperParameter.toUpperCase(Locale.ROOT)) {
                case "A4" -> PaperSize.A4;
                case "A3" -> PaperSize.A3;
                default -> throw ApiException.badRequest("paper", "oneOf", UNKNOWN_PAPER.in(locale));
            };
        }
        PlanLook look = citizen.look();
        String lookParameter = request.getParameter("look");
        if (lookParameter != null && !lookParameter.isEmpty()) {
            look = switch (lookParameter.toUpperCase(Locale.ROOT)) {
                case "COLOURFUL" -> PlanLook.COLOURFUL;
                case "NEUTRAL" -> PlanLook.NEUTRAL;
                default -> throw ApiException.badRequest("look", "oneOf", UNKNOWN_LOOK.in(locale));
            };
        }
        return new ExportOptions(paper, look, locale, linkTo(request, plan == null ? "citizen/" + citizen.id() : "plan/" + plan.id()), LocalDate.now(DANISH_TIME));
    }

    /**
     * The document's language: {@code lang=da|en} in the query (a download link cannot set Accept-Language to the
     * language the user chose in the app), else the request's.
     */
    static Locale language(HttpServletRequest request) {
        String lang = request.getParameter("lang");
        if (lang == null || lang.isEmpty()) {
            return ApiServlet.locale(request);
        }
        return switch (lang) {
            case "da" -> Locale.forLanguageTag("da");
            case "en" -> Locale.ENGLISH;
            default -> throw ApiException.badRequest("lang", "oneOf", UNKNOWN_LANGUAGE.in(ApiServlet.locale(request)));
        };
    }

    /**
     * A page of the app ({@code plan/<id>}, or the citizen's page where there is no plan), at the address this
     * request reached: it names an id only, and opens only for a user who may read what it names.
     */
    static URI linkTo(HttpServletRequest request, String page) {
        String port = request.getServerPort() == 80 && "http".equals(request.getScheme())
                || request.getServerPort() == 443 && "https".equals(request.getScheme()) ? ""
                        : ":" + request.getServerPort();
        return URI.create(request.getScheme() + "://" + request.getServerName() + port + "/app/#/" + page);
    }

    /** The document as an attachment, named by what it is and its date, never by whom it is about. */
    static void send(HttpServletResponse response, Format format, String name, LocalDate date, byte[] content)
            throws IOException {
        attachment(response, format.mediaType, name + "-" + date + "." + format.ending, content);
    }

    /** A file to save, not to show: its media type and name, never cached (it is made of citizens' data). */
    static void attachment(HttpServletResponse response, String mediaType, String fileName, byte[] content)
            throws IOException {
        response.setStatus(200);
        response.setContentType(mediaType);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(content.length);
        response.getOutputStream().write(content);
    }
}
