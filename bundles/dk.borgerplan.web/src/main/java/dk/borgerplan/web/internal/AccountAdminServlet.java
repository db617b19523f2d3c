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

import dk.borgerplan.accounts.AccountRefusal;
import dk.borgerplan.access.RelationshipService;
import dk.borgerplan.accounts.AccountService;
import dk.borgerplan.accounts.CreatedAccount;
import dk.borgerplan.accounts.NewAccount;

/**
 * {@code /api/admin/accounts} (the administrator's): GET lists the accounts; POST
 * {@code {username, displayName, role, organisation?}} makes one and answers its one-time password, once;
 * {@code POST /api/admin/accounts/{id}/password-reset} gives a new one-time password and ends the account's sessions;
 * {@code PUT /api/admin/accounts/{id}/teams} {@code {teams: [...]}} sets the teams whose caseloads a caseworker reaches.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/api/admin/accounts/*")
public class AccountAdminServlet extends ApiServlet {

    private static final long serialVersionUID = 1L;

    private final transient AccountService accounts;

    /** A new account with its one-time password, shown this once. */
    record CreatedView(SessionServlet.AccountView account, String oneTimePassword) {
    }

    private final transient RelationshipService relationships;

    /** The teams an account belongs to. */
    record Teams(java.util.Set<String> teams) {
    }

    @Activate
    public AccountAdminServlet(@Reference AccountService accounts, @Reference RelationshipService relationships) {
        this.accounts = accounts;
        this.relationships = relationships;
    }

    @Override
    protected Handler handler(String method) {
        return switch (method) {
            case "GET" -> this::get;
            case "POST" -> this::post;
            case "PUT" -> this::put;
            default -> null;
        };
    }

    private void get(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = locale(request);
        if (!segments(request).isEmpty()) {
            throw NotFound.resource(locale);
        }
        json(response, 200, accounts.accounts().stream().map(a -> SessionServlet.AccountView.of(a, locale)).toList());
    }

    private void post(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = locale(request);
        List<String> path = segments(request);
        String by = CurrentUser.actor(request).id();
        try {
            if (path.isEmpty()) {
                CreatedAccount created = accounts.create(by, readBody(request, NewAccount.class));
                response.setHeader("Location", "/api/admin/accounts/" + created.account().id());
                json(response, 201, view(created, locale));
            } else if (path.size() == 2 && path.get(1).equals("password-reset")
                    && accounts.find(path.get(0)).isPresent()) {
                json(response, 200, view(accounts.resetPassword(by, path.get(0)), locale));
            } else {
                throw NotFound.resource(locale);
            }
        } catch (AccountRefusal refusal) {
            throw ApiException.badRequest(refusal.field(), refusal.rule(), refusal.text().in(locale));
        }
    }

    /** {@code PUT /api/admin/accounts/{id}/teams}. */
    private void put(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = locale(request);
        List<String> path = segments(request);
        if (path.size() != 2 || !path.get(1).equals("teams") || !Ids.plausible(path.get(0))
                || accounts.find(path.get(0)).isEmpty()) {
            throw NotFound.resource(locale);
        }
        Teams body = readBody(request, Teams.class);
        if (body.teams() == null) {
            throw ApiException.badRequest("teams", "required", Texts.REQUIRED.in(locale));
        }
        json(response, 200, new Teams(relationships.setTeams(path.get(0), body.teams())));
    }

    private static CreatedView view(CreatedAccount created, Locale locale) {
        return new CreatedView(SessionServlet.AccountView.of(created.account(), locale), created.oneTimePassword());
    }
}
