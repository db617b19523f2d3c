package dk.borgerplan.oidc.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Annotation;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dk.borgerplan.accounts.Account;
import dk.borgerplan.accounts.LoginResult;
import dk.borgerplan.accounts.Role;
import dk.borgerplan.accounts.SignedIn;
import dk.borgerplan.oidc.OidcRefusal;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * The relying party against a real OpenID Connect server started in the test (NAV's mock-oauth2-server): the whole
 * authorization code flow with PKCE over HTTP, and what must be refused.
 */
class OpenIdConnectLoginTest {

    private static final String REDIRECT = "http://127.0.0.1:1/api/session/oidc/callback";
    private static final HttpClient BROWSER = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private MockOAuth2Server provider;
    private final List<String> verified = new ArrayList<>();
    private final MutableClock clock = new MutableClock();
    @TempDir
    Path folder;

    @BeforeEach
    void start() {
        provider = new MockOAuth2Server();
        provider.start();
    }

    @AfterEach
    void stop() {
        provider.shutdown();
    }

    private OpenIdConnectLogin login(String secret) {
        return new OpenIdConnectLogin(this::signIn, config(provider.issuerUrl("randers").toString()), secret,
                clock);
    }

    /** What the browser does at the provider: follows the authorization request, and is sent back with a code. */
    private Map<String, String> authorize(URI request) throws Exception {
        HttpResponse<String> answer = BROWSER.send(HttpRequest.newBuilder(request).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(302, answer.statusCode(), answer.body());
        URI back = URI.create(answer.headers().firstValue("Location").orElseThrow());
        assertTrue(back.toString().startsWith(REDIRECT), back.toString());
        return query(back);
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            String[] nameValue = pair.split("=", 2);
            parameters.put(nameValue[0], URLDecoder.decode(nameValue[1], StandardCharsets.UTF_8));
        }
        return parameters;
    }

    private void userIs(String username) {
        provider.enqueueCallback(new DefaultOAuth2TokenCallback("randers", "subject-" + username, "JWT",
                List.of("borgerplan"), Map.of("preferred_username", username), 3600));
    }

    @Test
    void theCodeFlowWithPkceLogsInTheAccountTheProviderNames() throws Exception {
        Path secretFile = folder.resolve("oidc-secret");
        Files.writeString(secretFile, "hemmelig-klient\n");
        OpenIdConnectLogin login = login(OpenIdConnectLogin.secret(secretFile.toString(), null));
        userIs("anne");
        URI request = login.begin();
        Map<String, String> asked = query(request);
        assertEquals("code", asked.get("response_type"));
        assertEquals("S256", asked.get("code_challenge_method"));
        assertEquals(43, asked.get("code_challenge").length(), "a SHA-256 in base64url");
        assertTrue(asked.get("scope").contains("openid"));
        assertTrue(asked.containsKey("nonce") && asked.containsKey("state"));
        Map<String, String> back = authorize(request);
        assertEquals(asked.get("state"), back.get("state"));

        LoginResult result = login.complete(back.get("state"), back.get("code"), "127.0.0.1");
        assertEquals(LoginResult.Outcome.SIGNED_IN, result.outcome());
        assertEquals(List.of("anne"), verified);
        // The token request carried the PKCE verifier and the client's secret (HTTP Basic), not in the URL.
        RecordedRequest token = tokenRequest();
        String body = token.getBody().readUtf8();
        assertTrue(body.contains("code_verifier="), body);
        assertTrue(token.getHeader("Authorization").startsWith("Basic "));
    }

    private RecordedRequest tokenRequest() throws InterruptedException {
        for (int i = 0; i < 10; i++) {
            RecordedRequest request = provider.takeRequest(5, java.util.concurrent.TimeUnit.SECONDS);
            if (request != null && request.getRequestLine().contains("/token")) {
                return request;
            }
        }
        throw new AssertionError("no token request reached the provider");
    }

    @Test
    void aStateIsUsableOnceAndOnlyWhileTheLoginIsFresh() throws Exception {
        OpenIdConnectLogin login = login(null);
        userIs("anne");
        Map<String, String> back = authorize(login.begin());
        assertEquals("unknown-state", assertThrows(OidcRefusal.class,
                () -> login.complete("en-anden-state", back.get("code"), "127.0.0.1")).reason());
        login.complete(back.get("state"), back.get("code"), "127.0.0.1");
        assertEquals("unknown-state", assertThrows(OidcRefusal.class,
                () -> login.complete(back.get("state"), back.get("code"), "127.0.0.1")).reason(), "replayed");

        userIs("anne");
        Map<String, String> late = authorize(login.begin());
        clock.advance(Duration.ofMinutes(11));
        assertEquals("unknown-state", assertThrows(OidcRefusal.class,
                () -> login.complete(late.get("state"), late.get("code"), "127.0.0.1")).reason(), "too late");
        assertEquals(List.of("anne"), verified);
    }

    @Test
    void aCodeTheProviderDidNotIssueIsRefused() throws Exception {
        OpenIdConnectLogin login = login(null);
        Map<String, String> back = authorize(login.begin());
        assertThrows(OidcRefusal.class, () -> login.complete(back.get("state"), "opdigtet", "127.0.0.1"));
        assertEquals(List.of(), verified);
    }

    @Test
    void aCodeCompletesOnlyTheLoginThatAskedForIt() throws Exception {
        OpenIdConnectLogin login = login(null);
        userIs("anne");
        Map<String, String> first = authorize(login.begin());
        Map<String, String> second = query(login.begin());
        // The first login's code with the second login's state: the provider refuses the wrong PKCE verifier.
        assertEquals("token-refused", assertThrows(OidcRefusal.class,
                () -> login.complete(second.get("state"), first.get("code"), "127.0.0.1")).reason());
        assertEquals(List.of(), verified);
    }

    @Test
    void anIdTokenNotSignedAsAgreedIsRefused() throws Exception {
        // The provider signs with RS256; a Borgerplan told to expect ES256 must not take its tokens.
        OpenIdConnectLogin login = new OpenIdConnectLogin(this::signIn,
                config(provider.issuerUrl("randers").toString(), "ES256"), null, clock);
        userIs("anne");
        Map<String, String> back = authorize(login.begin());
        assertEquals("id-token-invalid", assertThrows(OidcRefusal.class,
                () -> login.complete(back.get("state"), back.get("code"), "127.0.0.1")).reason());
        assertEquals(List.of(), verified);
    }

    @Test
    void anIdTokenWithoutTheUsernameClaimIsRefused() throws Exception {
        OpenIdConnectLogin login = login(null);
        provider.enqueueCallback(new DefaultOAuth2TokenCallback("randers", "subject-anne", "JWT",
                List.of("borgerplan"), Map.of("email", "anne@randers.dk"), 3600));
        Map<String, String> back = authorize(login.begin());
        assertEquals("no-username", assertThrows(OidcRefusal.class,
                () -> login.complete(back.get("state"), back.get("code"), "127.0.0.1")).reason());
    }

    @Test
    void anUnreachableProviderIsRefusedAsUnavailable() {
        OpenIdConnectLogin login = new OpenIdConnectLogin(this::signIn, config("http://127.0.0.1:1/ingen"),
                null, clock);
        assertEquals("provider-unavailable", assertThrows(OidcRefusal.class, login::begin).reason());
    }

    private static OidcConfig config(String issuer) {
        return config(issuer, "RS256");
    }

    private static OidcConfig config(String issuer, String algorithm) {
        return new OidcConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return OidcConfig.class;
            }

            @Override
            public String issuer() {
                return issuer;
            }

            @Override
            public String clientId() {
                return "borgerplan";
            }

            @Override
            public String clientSecretFile() {
                return "";
            }

            @Override
            public String redirectUri() {
                return REDIRECT;
            }

            @Override
            public String scopes() {
                return "openid profile";
            }

            @Override
            public String usernameClaim() {
                return "preferred_username";
            }

            @Override
            public String idTokenAlgorithm() {
                return algorithm;
            }

            @Override
            public String displayName() {
                return "Randers Kommunes login";
            }

            @Override
            public int loginMinutes() {
                return 10;
            }
        };
    }

    private static final class MutableClock extends Clock {
        private Instant now = Instant.now();

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /** The accounts as far as this bundle uses them: a verified login is recorded and signed in. */
    private LoginResult signIn(String username, String client) {
        verified.add(username);
        Account account = new Account("id-" + username, username, username, Role.CASEWORKER, "Randers Kommune", false,
                Instant.EPOCH);
        return new LoginResult(LoginResult.Outcome.SIGNED_IN, new SignedIn(account, "csrf", Instant.now(),
                Instant.now().plusSeconds(3600)), "token", null);
    }
}
