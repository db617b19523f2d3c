package dk.borgerplan.distribution.randers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;

/**
 * Login through the municipality's identity provider, as IT operations set it up: a real OpenID Connect server
 * (NAV's mock-oauth2-server) started by the test, {@code etc/dk.borgerplan.oidc.cfg} and a secret file written into
 * the installation, the distribution started by its script. A browser's way — to the provider and back, with the
 * code flow and PKCE — logs in the account the provider names; a replayed or forged return, or a user Borgerplan
 * does not know, ends on the login page with no session; every attempt is in the audit log.
 */
class OidcLoginIT {

    private static final HttpClient BROWSER = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path installation;
    private MockOAuth2Server provider;

    @BeforeEach
    void startProvider() {
        provider = new MockOAuth2Server();
        provider.start();
    }

    @AfterEach
    void stopProvider() {
        provider.shutdown();
    }

    private static HttpResponse<String> get(String url, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return BROWSER.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String location(HttpResponse<String> response) {
        assertEquals(302, response.statusCode(), response.body());
        return response.headers().firstValue("Location").orElseThrow();
    }

    /** The browser's way: Borgerplan → the provider → back to Borgerplan's callback; the callback's answer. */
    private HttpResponse<String> logInThroughTheProvider(String base, String username) throws Exception {
        provider.enqueueCallback(new DefaultOAuth2TokenCallback("randers", "subject-" + username, "JWT",
                List.of("borgerplan"), Map.of("preferred_username", username), 3600));
        String toProvider = location(get(base + "/api/session/oidc/start", null));
        assertTrue(toProvider.startsWith(provider.issuerUrl("randers").toString()), toProvider);
        assertTrue(toProvider.contains("code_challenge_method=S256"), toProvider);
        String back = location(get(toProvider, null));
        assertTrue(back.startsWith(base + "/api/session/oidc/callback?"), back);
        return get(back, null);
    }

    @Test
    void theProviderVouchesForAUserAndBorgerplanLogsInTheirAccount() throws Exception {
        try (RunningDistribution server = RunningDistribution.start(installation)) {
            String base = server.base();
            Api admin = server.admin();
            admin.post("/api/admin/accounts", "{\"username\": \"anne\", \"displayName\": \"Anne Sagsbehandler\", "
                    + "\"role\": \"CASEWORKER\", \"organisation\": \"Randers Kommune\"}", null, 201);
            assertEquals(404, get(base + "/api/session/oidc", null).statusCode(), "no provider configured yet");

            server.stop();
            Path secret = installation.resolve("etc").resolve("oidc-client-secret");
            Files.writeString(secret, "hemmelig-klient\n");
            Files.writeString(installation.resolve("etc").resolve("dk.borgerplan.oidc.cfg"), String.join("\n",
                    "issuer=" + provider.issuerUrl("randers"),
                    "clientId=borgerplan",
                    "clientSecretFile=" + secret.toAbsolutePath(),
                    "redirectUri=" + base + "/api/session/oidc/callback",
                    "displayName=Randers Kommunes login", ""));
            server.startAgain();

            JsonNode named = JSON.readTree(get(base + "/api/session/oidc", null).body());
            assertEquals("Randers Kommunes login", named.path("displayName").asText());

            HttpResponse<String> welcomed = logInThroughTheProvider(base, "anne");
            assertEquals("/app/", location(welcomed));
            String setCookie = welcomed.headers().firstValue("Set-Cookie").orElseThrow();
            assertTrue(setCookie.contains("HttpOnly") && setCookie.contains("Secure")
                    && setCookie.contains("SameSite=Strict"), setCookie);
            String cookie = setCookie.split(";")[0];
            HttpResponse<String> session = get(base + "/api/session", cookie);
            assertEquals(200, session.statusCode(), session.body());
            JsonNode account = JSON.readTree(session.body()).path("account");
            assertEquals("anne", account.path("username").asText());
            assertEquals("CASEWORKER", account.path("role").asText());
            // Her one-time password was never used; the provider's login needs no password of Borgerplan's.
            assertFalse(account.path("passwordChangeRequired").asBoolean(), session.body());
            assertEquals(200, get(base + "/api/citizens", cookie).statusCode());

            // The same return again (a replay): the state is used up; no session.
            provider.enqueueCallback(new DefaultOAuth2TokenCallback("randers", "subject-anne", "JWT",
                    List.of("borgerplan"), Map.of("preferred_username", "anne"), 3600));
            String back = location(get(location(get(base + "/api/session/oidc/start", null)), null));
            assertEquals("/app/", location(get(back, null)));
            HttpResponse<String> replayed = get(back, null);
            assertEquals("/app/#/login/oidc-refused", location(replayed));
            assertTrue(replayed.headers().firstValue("Set-Cookie").isEmpty());

            // A forged return, and the provider's own "no".
            assertEquals("/app/#/login/oidc-refused",
                    location(get(base + "/api/session/oidc/callback?code=opdigtet&state=opdigtet", null)));
            assertEquals("/app/#/login/oidc-refused",
                    location(get(base + "/api/session/oidc/callback?error=access_denied&state=x", null)));

            // A user the provider knows and Borgerplan does not: refused, and no account is made.
            HttpResponse<String> stranger = logInThroughTheProvider(base, "ukendt");
            assertEquals("/app/#/login/oidc-refused", location(stranger));
            assertTrue(stranger.headers().firstValue("Set-Cookie").isEmpty());
            assertFalse(admin.get("/api/admin/accounts").json().toString().contains("ukendt"));

            // Nothing of the exchange reached the log: no code, no token.
            String log = Files.readString(installation.resolve("server.log"));
            assertFalse(log.contains("opdigtet"), "no code in the log");
            assertFalse(log.contains("eyJ"), "no token in the log");
            assertTrue(admin.get("/api/admin/audit/verification").json().path("intact").asBoolean());
        }
    }
}
