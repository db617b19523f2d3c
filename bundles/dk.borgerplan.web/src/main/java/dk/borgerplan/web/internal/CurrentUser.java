package dk.borgerplan.web.internal;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import dk.borgerplan.accounts.Account;
import dk.borgerplan.plan.Actor;

/**
 * The logged-in user of a request, put there by {@link SessionFilter} before any servlet runs: the only source of
 * who acts. There is no header through which a caller could claim to be someone else.
 *
 * @param account whose session it is
 * @param csrfToken the token state-changing requests must repeat in {@code X-CSRF-Token}
 * @param token the session's secret (from the cookie), to end or keep this session
 */
record CurrentUser(Account account, String csrfToken, String token) {

    static final String ATTRIBUTE = CurrentUser.class.getName();

    static Optional<CurrentUser> of(HttpServletRequest request) {
        return Optional.ofNullable((CurrentUser) request.getAttribute(ATTRIBUTE));
    }

    /** The acting user as the plan model records it: the account's id and name. */
    static Actor actor(HttpServletRequest request) {
        Account account = of(request).orElseThrow(() -> new IllegalStateException("No session: the filter did not run"))
                .account();
        return new Actor(account.id(), account.displayName());
    }
}
