package dk.borgerplan.oidc.internal;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jwt.JWT;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;

import dk.borgerplan.accounts.AccountService;
import dk.borgerplan.accounts.LoginResult;
import dk.borgerplan.oidc.OidcLogin;
import dk.borgerplan.oidc.OidcRefusal;

/**
 * The relying party, built on Connect2id's OAuth 2.0 / OpenID Connect SDK: the provider's description is read from
 * its issuer on first use, every login gets its own state, nonce and PKCE verifier (kept here until the browser comes
 * back, at most {@code loginMinutes}, and usable once), the code is exchanged at the token endpoint with the client's
 * secret, and the ID token is validated against the provider's published keys before the account is logged in.
 * Started logins are kept in this node's memory: with more than one node, the load balancer must send a login's
 * callback to the node that started it (sticky sessions), or the user starts again.
 */
@Component(service = OidcLogin.class, configurationPid = "dk.borgerplan.oidc",
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = OidcConfig.class)
public class OpenIdConnectLogin implements OidcLogin {

    static final String SECRET_VARIABLE = "BORGERPLAN_OIDC_CLIENT_SECRET";
    private static final Logger LOG = LoggerFactory.getLogger(OpenIdConnectLogin.class);

    private record Pending(CodeVerifier verifier, Nonce nonce, Instant started) {
    }

    /** What this bundle needs of the accounts: log in the user the provider vouched for. */
    @FunctionalInterface
    interface VerifiedLogin {
        LoginResult logIn(String username, String client);
    }

    private final VerifiedLogin accounts;
    private final Issuer issuer;
    private final ClientID clientId;
    private final Secret secret;
    private final URI redirectUri;
    private final Scope scopes;
    private final String usernameClaim;
    private final JWSAlgorithm algorithm;
    private final String displayName;
    private final Duration loginTime;
    private final Clock clock;
    private final Map<String, Pending> pending = new ConcurrentHashMap<>();
    private volatile OIDCProviderMetadata provider;
    private volatile IDTokenValidator validator;

    @Activate
    public OpenIdConnectLogin(@Reference AccountService accounts, OidcConfig config) {
        this((username, client) -> accounts.logInVerified(username, "oidc", client), config,
                secret(config.clientSecretFile(), System.getenv(SECRET_VARIABLE)), Clock.systemUTC());
    }

    OpenIdConnectLogin(VerifiedLogin accounts, OidcConfig config, String secret, Clock clock) {
        this.accounts = accounts;
        this.issuer = new Issuer(required(config.issuer(), "issuer"));
        this.clientId = new ClientID(required(config.clientId(), "clientId"));
        this.secret = secret == null || secret.isBlank() ? null : new Secret(secret.strip());
        this.redirectUri = URI.create(required(config.redirectUri(), "redirectUri"));
        this.scopes = Scope.parse(config.scopes());
        this.usernameClaim = config.usernameClaim();
        this.algorithm = JWSAlgorithm.parse(config.idTokenAlgorithm());
        this.displayName = config.displayName();
        this.loginTime = Duration.ofMinutes(Math.max(1, config.loginMinutes()));
        this.clock = clock;
        LOG.info("OpenID Connect login through {} as client {}", issuer, clientId);
    }

    private static String required(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("dk.borgerplan.oidc: " + name + " is required");
        }
        return value.strip();
    }

    /** The client secret from its file, else from the environment; none for a public client. */
    static String secret(String file, String environment) {
        if (file != null && !file.isBlank()) {
            try {
                return Files.readString(Path.of(file.strip()), StandardCharsets.UTF_8).strip();
            } catch (IOException e) {
                throw new IllegalStateException("dk.borgerplan.oidc: the client secret file cannot be read: " + file,
                        e);
            }
        }
        return environment;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    /** The provider's description and the ID token validator, read once from the issuer. */
    private OIDCProviderMetadata provider() {
        OIDCProviderMetadata known = provider;
        if (known != null) {
            return known;
        }
        try {
            OIDCProviderMetadata read = OIDCProviderMetadata.resolve(issuer);
            validator = new IDTokenValidator(issuer, clientId, algorithm, read.getJWKSetURI().toURL());
            provider = read;
            return read;
        } catch (IOException | com.nimbusds.oauth2.sdk.GeneralException e) {
            LOG.warn("The identity provider {} cannot be read: {}", issuer, e.toString());
            throw new OidcRefusal("provider-unavailable");
        }
    }

    @Override
    public URI begin() {
        OIDCProviderMetadata metadata = provider();
        forgetOld();
        State state = new State();
        Nonce nonce = new Nonce();
        CodeVerifier verifier = new CodeVerifier();
        pending.put(state.getValue(), new Pending(verifier, nonce, clock.instant()));
        return new AuthenticationRequest.Builder(new ResponseType(ResponseType.Value.CODE), scopes, clientId,
                redirectUri).endpointURI(metadata.getAuthorizationEndpointURI()).state(state).nonce(nonce)
                .codeChallenge(verifier, CodeChallengeMethod.S256).build().toURI();
    }

    private void forgetOld() {
        Instant oldest = clock.instant().minus(loginTime);
        pending.values().removeIf(p -> p.started().isBefore(oldest));
    }

    @Override
    public LoginResult complete(String state, String code, String client) {
        Pending started = state == null ? null : pending.remove(state);
        if (started == null || started.started().isBefore(clock.instant().minus(loginTime))) {
            throw new OidcRefusal("unknown-state");
        }
        if (code == null || code.isBlank()) {
            throw new OidcRefusal("token-refused");
        }
        OIDCProviderMetadata metadata = provider();
        AuthorizationCodeGrant grant = new AuthorizationCodeGrant(new AuthorizationCode(code), redirectUri,
                started.verifier());
        TokenRequest request = secret == null ? new TokenRequest(metadata.getTokenEndpointURI(), clientId, grant)
                : new TokenRequest(metadata.getTokenEndpointURI(), new ClientSecretBasic(clientId, secret), grant);
        JWT idToken;
        try {
            TokenResponse response = OIDCTokenResponseParser.parse(request.toHTTPRequest().send());
            if (!response.indicatesSuccess()) {
                LOG.warn("The identity provider refused a login's code: {}",
                        response.toErrorResponse().getErrorObject().getCode());
                throw new OidcRefusal("token-refused");
            }
            idToken = ((OIDCTokenResponse) response.toSuccessResponse()).getOIDCTokens().getIDToken();
        } catch (IOException | ParseException e) {
            LOG.warn("The identity provider's token endpoint failed: {}", e.getClass().getName());
            throw new OidcRefusal("token-refused");
        }
        IDTokenClaimsSet claims;
        try {
            claims = validator.validate(idToken, started.nonce());
        } catch (BadJOSEException | JOSEException e) {
            // Never the token in the log: only why it did not hold.
            LOG.warn("An ID token did not hold: {}", e.getMessage());
            throw new OidcRefusal("id-token-invalid");
        }
        Object username = claims.getClaim(usernameClaim);
        if (!(username instanceof String name) || name.isBlank()) {
            throw new OidcRefusal("no-username");
        }
        return accounts.logIn(name, client);
    }
}
