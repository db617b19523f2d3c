package dk.borgerplan.web.internal;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import dk.borgerplan.accounts.Account;
import dk.borgerplan.accounts.AccountRefusal;
import dk.borgerplan.accounts.AccountService;
import dk.borgerplan.accounts.LoginResult;
import dk.borgerplan.accounts.SignedIn;

/**
 * {@code /api/session}: POST {@code {username, password}} logs in and sets the session cookie (HttpOnly, Secure,
 * SameSite=Strict); GET says who is logged in, with the CSRF token every state-changing request must send in
 * {@code X-CSRF-Token}; DELETE logs out. {@code POST /api/session/logout-everywhere} ends every session of the
 * account; {@code PUT /api/session/password} {@code {currentPassword, newPassword}} replaces the password and ends
 * the account's other sessions.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern({ "/api/session", "/api/session/*" })
public class SessionServlet extends ApiServlet {

    private static final long serialVersionUID = 1L;

    private final transient AccountService accounts;

    /** The body of a login. */
    record Credentials(String username, String password) {
    }

    /** The body of a password change. */
    record PasswordChange(String currentPassword, String newPassword) {
    }

    /** The logged-in user, as the browser application needs it. */
    record SessionView(AccountView account, String csrfToken, Instant expires) {
    }

    record AccountView(String id, String username, String displayName, String role, String roleLabel,
            String organisation, boolean passwordChangeRequired) {
        static AccountView of(Account account, Locale locale) {
            return new AccountView(account.id(), account.username(), account.displayName(), account.role().name(),
                    account.role().label().in(locale), account.organisation(), account.passwordChangeRequired());
        }
    }

    @Activate
    public SessionServlet(@Reference AccountService accounts) {
        this.accounts = accounts;
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
        Locale locale = locale(request);
        if (!segments(request).isEmpty()) {
            throw NotFound.resource(locale);
        }
        CurrentUser user = CurrentUser.of(request).orElseThrow(() -> unauthenticated(locale));
        SignedIn session = accounts.session(user.token()).orElseThrow(() -> unauthenticated(locale));
        json(response, 200, view(session, locale));
    }

    private void post(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = locale(request);
        List<String> path = segments(request);
        if (path.equals(List.of("logout-everywhere"))) {
            CurrentUser user = CurrentUser.of(request).orElseThrow(() -> unauthenticated(locale));
            accounts.logOutEverywhere(user.account().id());
            clearCookie(response);
            response.setStatus(204);
            return;
        }
        if (!path.isEmpty()) {
            throw NotFound.resource(locale);
        }
        Credentials credentials = readBody(request, Credentials.class);
        LoginResult result = accounts.logIn(credentials.username(), credentials.password(), request.getRemoteAddr());
        switch (result.outcome()) {
            case SIGNED_IN -> {
                CurrentUser.of(request).ifPresent(previous -> accounts.logOut(previous.token()));
                setCookie(response, result.token());
                json(response, 200, view(result.session(), locale));
            }
            case LOCKED -> {
                long minutes = Math.max(1, Duration.between(Instant.now(), result.lockedUntil()).toMinutes() + 1);
                response.setHeader("Retry-After", Long.toString(minutes * 60));
                throw new ApiException(429, "login-locked", format(Texts.LOGIN_LOCKED, locale, minutes), List.of());
            }
            default -> throw new ApiException(401, "login-refused", Texts.LOGIN_REFUSED.in(locale), List.of());
        }
    }

    private void put(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = locale(request);
        if (!segments(request).equals(List.of("password"))) {
            throw NotFound.resource(locale);
        }
        CurrentUser user = CurrentUser.of(request).orElseThrow(() -> unauthenticated(locale));
        PasswordChange change = readBody(request, PasswordChange.class);
        try {
            accounts.changePassword(user.account().id(), change.currentPassword(), change.newPassword(),
                    user.token());
        } catch (AccountRefusal refusal) {
            throw ApiException.badRequest(refusal.field(), refusal.rule(), refusal.text().in(locale));
        }
        json(response, 200, view(accounts.session(user.token()).orElseThrow(() -> unauthenticated(locale)), locale));
    }

    private void delete(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!segments(request).isEmpty()) {
            throw NotFound.resource(locale(request));
        }
        CurrentUser.of(request).ifPresent(user -> accounts.logOut(user.token()));
        clearCookie(response);
        response.setStatus(204);
    }

    /** The session's cookie: for the browser's requests only, never to scripts, never across sites. */
    static void setCookie(HttpServletResponse response, String token) {
        response.addHeader("Set-Cookie", SessionFilter.COOKIE + "=" + token + "; Path=/; HttpOnly; Secure; "
                + "SameSite=Strict");
    }

    private static void clearCookie(HttpServletResponse response) {
        response.addHeader("Set-Cookie", SessionFilter.COOKIE + "=; Path=/; Max-Age=0; HttpOnly; Secure; "
                + "SameSite=Strict");
    }

    private static SessionView view(SignedIn session, Locale locale) {
        return new SessionView(AccountView.of(session.account(), locale), session.csrfToken(), session.expires());
    }

    private static ApiException unauthenticated(Locale locale) {
        return new ApiException(401, "unauthenticated", Texts.LOG_IN.in(locale), List.of());
    }
}
