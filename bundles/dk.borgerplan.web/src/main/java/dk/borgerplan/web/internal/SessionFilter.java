package dk.borgerplan.web.internal;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardFilterPattern;

import dk.borgerplan.access.AuthorizationService;
import dk.borgerplan.access.Decision;
import dk.borgerplan.accounts.Account;
import dk.borgerplan.accounts.AccountService;
import dk.borgerplan.accounts.Role;
import dk.borgerplan.accounts.SignedIn;

/**
 * Every request passes here first. It finds the session from the cookie, lets through only what anyone may see
 * (the browser application's files, health, the API description, the login), and for everything else requires a
 * live session, the session's CSRF token on every state-changing request, a password of the user's own, and a role
 * that may use the resource. A denial of citizen data or administration answers exactly as "not found" does.
 */
@Component(service = Filter.class, property = "service.ranking:Integer=100")
@HttpWhiteboardFilterPattern("/*")
public class SessionFilter implements Filter {

    static final String COOKIE = "borgerplan-session";
    static final String CSRF_HEADER = "X-CSRF-Token";
    /** Set on a request this filter denied, for the audit log. */
    static final String DENIED = SessionFilter.class.getName() + ".denied";
    /** The resources that hold citizens' data. */
    static final List<String> CITIZEN_DATA = List.of("citizens", "plans", "cycles", "goals", "preparation-meetings",
            "pictures");

    /** The authorization service's {@link Decision} on the request, for the audit log. */
    static final String DECISION = SessionFilter.class.getName() + ".decision";

    private final AccountService accounts;
    private final AuthorizationService authorization;

    @Activate
    public SessionFilter(@Reference AccountService accounts, @Reference AuthorizationService authorization) {
        this.accounts = accounts;
        this.authorization = authorization;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        if (!(req instanceof HttpServletRequest request) || !(res instanceof HttpServletResponse response)) {
            chain.doFilter(req, res);
            return;
        }
        List<String> path = segments(request);
        boolean open = open(request.getMethod(), path);
        if (open && !ownSession(path)) {
            // The application's files, health and the API description need no session: no lookup for them.
            chain.doFilter(request, response);
            return;
        }
        Optional<String> token = token(request);
        Optional<SignedIn> session = token.flatMap(accounts::session);
        session.ifPresent(s -> request.setAttribute(CurrentUser.ATTRIBUTE,
                new CurrentUser(s.account(), s.csrfToken(), token.get())));
        if (open) {
            chain.doFilter(request, response);
            return;
        }
        Locale locale = ApiServlet.locale(request);
        if (session.isEmpty()) {
            refuse(request);
            ApiServlet.problem(response, locale, 401, "unauthenticated", Texts.LOG_IN.in(locale), List.of());
            return;
        }
        if (changes(request.getMethod()) && !session.get().csrfToken().equals(request.getHeader(CSRF_HEADER))) {
            refuse(request);
            ApiServlet.problem(response, locale, 403, "csrf", Texts.CSRF.in(locale),
                    List.of(new FieldError(CSRF_HEADER, "csrf", Texts.CSRF.in(locale))));
            return;
        }
        if (session.get().account().passwordChangeRequired() && !ownSession(path)) {
            refuse(request);
            ApiServlet.problem(response, locale, 403, "password-change-required", Texts.CHANGE_PASSWORD.in(locale),
                    List.of());
            return;
        }
        if (!allowed(session.get().account(), request, path)) {
            request.setAttribute(DENIED, Boolean.TRUE);
            refuse(request);
            ApiServlet.problem(response, locale, 404, "not-found", notFound(path).in(locale), List.of());
            return;
        }
        chain.doFilter(request, response);
    }

    /** Reads what is left of a refused request's body, so that the client's connection stays usable. */
    private static void refuse(HttpServletRequest request) {
        ApiServlet.discardUnreadBody(request);
    }

    /** {@code /api/session…}: the login, the logout and the user's own password. */
    private static boolean ownSession(List<String> path) {
        return path.size() >= 2 && path.get(0).equals("api") && path.get(1).equals("session");
    }

    /** What anyone may use without logging in. */
    static boolean open(String method, List<String> path) {
        boolean reads = method.equals("GET") || method.equals("HEAD");
        if (path.isEmpty() || path.get(0).equals("app") || path.get(0).equals("favicon.ico")) {
            return reads;
        }
        if (!path.get(0).equals("api") || path.size() < 2) {
            return reads;
        }
        return switch (path.get(1)) {
            case "health", "openapi.json" -> reads;
            // Logging in, and asking whether one is logged in; the identity provider's way in and back.
            case "session" -> path.size() == 2 && (method.equals("POST") || reads)
                    || path.size() >= 3 && path.get(2).equals("oidc") && reads;
            default -> false;
        };
    }

    /**
     * Administration is the administrator's; citizens' data is decided by the authorization service, by the user's
     * relationship to the citizen; the catalogues (scales, themes, icons, methods, guides) are everyone's who is
     * logged in. The decision is kept on the request for the audit log.
     */
    private boolean allowed(Account account, HttpServletRequest request, List<String> path) {
        Optional<CitizenDataRequest> ask = CitizenDataRequest.of(request.getMethod(), path, request::getParameter);
        if (ask.isEmpty()) {
            return allowedByRole(account.role(), request.getMethod(), path);
        }
        Decision decision = decide(authorization, account, ask.get());
        request.setAttribute(DECISION, decision);
        return decision.allowed();
    }

    /**
     * What holds no citizen's data: administration is the administrator's; the catalogues and the session are
     * everyone's who is logged in; the year wheel's overview and October planning are the planners' (caseworkers and
     * offer managers: each sees the citizens the authorization service lets them see), and the group preparation
     * meetings theirs to plan and every professional's to read; the progression reports are the planners' too (made of
     * the citizens the authorization service lets them see). Any other address under {@code /api} is refused: a
     * resource added without being named here or in {@link #CITIZEN_DATA} cannot be reached around the
     * authorization service.
     */
    static boolean allowedByRole(Role role, String method, List<String> path) {
        if (path.size() < 2 || !path.get(0).equals("api")) {
            return true;
        }
        boolean planner = role == Role.CASEWORKER || role == Role.OFFER_MANAGER;
        return switch (path.get(1)) {
            case "admin" -> role == Role.ADMINISTRATOR;
            case "scales", "themes", "icons", "methods", "guides", "session", "health", "openapi.json" -> true;
            case "year-wheel" -> planner;
            // Aggregates across citizens (small groups suppressed), of the citizens the user may see: the planners'.
            case "reports" -> planner;
            case "group-meetings" -> planner || (method.equals("GET") || method.equals("HEAD"))
                    && (role == Role.CONTACT_PERSON || role == Role.PEER_GUIDE);
            default -> false;
        };
    }

    /** The authorization service's decision on what a request asks. */
    static Decision decide(AuthorizationService authorization, Account account, CitizenDataRequest ask) {
        if (ask instanceof CitizenDataRequest.Target target) {
            return Ids.plausible(target.id())
                    ? authorization.decide(account, target.kind(), target.id(), target.part(), target.operation())
                    : Decision.deny(null, "no-such-resource");
        }
        if (ask instanceof CitizenDataRequest.Begin begin) {
            return authorization.may(account, begin.undertaking())
                    ? Decision.allow(null, begin.undertaking().name().toLowerCase(Locale.ROOT).replace('_', '-'))
                    : Decision.deny(null, "not-allowed");
        }
        return Decision.allow(null, "none");
    }

    /** The words the servlet itself would answer for a thing that does not exist, so a denial reads the same. */
    private static dk.borgerplan.platform.Text notFound(List<String> path) {
        if (path.size() < 3) {
            return Texts.NO_SUCH_RESOURCE;
        }
        return switch (path.get(1)) {
            case "citizens" -> Texts.NO_SUCH_CITIZEN;
            case "plans" -> Texts.NO_SUCH_PLAN;
            case "cycles" -> Texts.NO_SUCH_CYCLE;
            case "goals" -> Texts.NO_SUCH_GOAL;
            case "preparation-meetings" -> Texts.NO_SUCH_PREPARATION_MEETING;
            case "pictures" -> Texts.NO_SUCH_PICTURE;
            default -> Texts.NO_SUCH_RESOURCE;
        };
    }

    private static boolean changes(String method) {
        return !(method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS"));
    }

    static Optional<String> token(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie cookie : cookies) {
            if (COOKIE.equals(cookie.getName()) && cookie.getValue() != null && !cookie.getValue().isBlank()) {
                return Optional.of(cookie.getValue());
            }
        }
        return Optional.empty();
    }

    static List<String> segments(HttpServletRequest request) {
        String uri = request.getRequestURI();
        if (uri == null || uri.equals("/")) {
            return List.of();
        }
        String context = request.getContextPath();
        String path = context != null && !context.isEmpty() && uri.startsWith(context) ? uri.substring(context.length())
                : uri;
        return List.of((path.startsWith("/") ? path.substring(1) : path).split("/", -1));
    }
}
