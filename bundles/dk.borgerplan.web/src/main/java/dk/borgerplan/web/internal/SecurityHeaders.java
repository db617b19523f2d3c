package dk.borgerplan.web.internal;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardFilterPattern;

/**
 * The security headers on every answer of the server, whichever servlet (or none) answers: nothing is sniffed,
 * framed, sent as referrer or opened cross-origin. The API's answers are data, never a page, so their policy allows
 * nothing at all; the browser application's files set their own stricter-than-usual policy ({@link AppServlet}).
 */
@Component(service = Filter.class)
@HttpWhiteboardFilterPattern("/*")
public class SecurityHeaders implements Filter {

    static final String API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; "
            + "form-action 'none'";

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (response instanceof HttpServletResponse http) {
            apply(http, request.isSecure());
        }
        chain.doFilter(request, response);
    }

    /** Sets the headers; also after {@code response.reset()}, which drops them with the rest. */
    static void apply(HttpServletResponse http, boolean secure) {
        http.setHeader("X-Content-Type-Options", "nosniff");
        http.setHeader("X-Frame-Options", "DENY");
        http.setHeader("Referrer-Policy", "no-referrer");
        http.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        http.setHeader("Cross-Origin-Resource-Policy", "same-origin");
        http.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()");
        http.setHeader("Content-Security-Policy", API_CONTENT_SECURITY_POLICY);
        if (secure) {
            http.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
    }
}
