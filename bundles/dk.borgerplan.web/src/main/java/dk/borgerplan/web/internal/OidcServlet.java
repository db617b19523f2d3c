package dk.borgerplan.web.internal;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import dk.borgerplan.accounts.LoginResult;
import dk.borgerplan.oidc.OidcLogin;
import dk.borgerplan.oidc.OidcRefusal;

/**
 * Login through the municipality's identity provider, when one is configured ({@code etc/dk.borgerplan.oidc.cfg};
 * without it every address here is 404): {@code GET /api/session/oidc} names the provider for the login page;
 * {@code GET /api/session/oidc/start} sends the browser to the provider (302); the provider sends it back to
 * {@code GET /api/session/oidc/callback?code&state}, which sets the session cookie and sends the browser into the
 * application — or, refused, to the login page with the reason, never with the code or a token.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern({ "/api/session/oidc", "/api/session/oidc/*" })
public class OidcServlet extends ApiServlet {

    private static final long serialVersionUID = 1L;
    static final String APPLICATION = "/app/";
    static final String REFUSED = "/app/#/login/oidc-refused";

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile OidcLogin oidc;

    @Override
    protected Handler handler(String method) {
        return method.equals("GET") ? this::get : null;
    }

    private void get(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = locale(request);
        OidcLogin login = oidc;
        List<String> path = segments(request);
        if (login == null || path.size() > 1) {
            throw NotFound.resource(locale);
        }
        String step = path.isEmpty() ? "" : path.get(0);
        switch (step) {
            case "" -> json(response, 200, Map.of("displayName", login.displayName()));
            case "start" -> {
                try {
                    redirect(response, login.begin().toString());
                } catch (OidcRefusal refusal) {
                    throw new ApiException(503, "provider-unavailable", Texts.OIDC_UNAVAILABLE.in(locale), List.of());
                }
            }
            case "callback" -> callback(login, request, response);
            default -> throw NotFound.resource(locale);
        }
    }

    private static void callback(OidcLogin login, HttpServletRequest request, HttpServletResponse response) {
        if (request.getParameter("error") != null) {
            // The provider said no (the user cancelled, or is not allowed): back to the login page.
            redirect(response, REFUSED);
            return;
        }
        LoginResult result;
        try {
            result = login.complete(request.getParameter("state"), request.getParameter("code"),
                    request.getRemoteAddr());
        } catch (OidcRefusal refusal) {
            redirect(response, REFUSED);
            return;
        }
        if (result.outcome() != LoginResult.Outcome.SIGNED_IN) {
            redirect(response, result.outcome() == LoginResult.Outcome.LOCKED ? "/app/#/login/locked" : REFUSED);
            return;
        }
        SessionServlet.setCookie(response, result.token());
        redirect(response, APPLICATION);
    }

    private static void redirect(HttpServletResponse response, String location) {
        response.setStatus(302);
        response.setHeader("Location", location);
        response.setHeader("Cache-Control", "no-store");
    }
}
