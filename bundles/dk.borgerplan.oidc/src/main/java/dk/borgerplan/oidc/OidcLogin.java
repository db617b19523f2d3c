package dk.borgerplan.oidc;

import java.net.URI;

import org.osgi.annotation.versioning.ProviderType;

import dk.borgerplan.accounts.LoginResult;

/** Login through the municipality's identity provider (OpenID Connect, authorization code flow with PKCE). */
@ProviderType
public interface OidcLogin {

    /** The identity provider's name as the login page shows it, e.g. "Randers Kommunes login". */
    String displayName();

    /**
     * Starts a login: the address of the provider's authorization endpoint for the user's browser, with a fresh
     * state, nonce and PKCE code challenge that only this login can complete.
     *
     * @throws OidcRefusal {@code provider-unavailable} when the provider's description cannot be read
     */
    URI begin();

    /**
     * Completes a login with what the provider sent back to the browser: exchanges the code (with the PKCE
     * verifier) for tokens, validates the ID token (signature by the provider's keys, issuer, audience, expiry,
     * nonce) and logs in the account named by the configured claim.
     *
     * @param client the browser's address, for the log
     * @return the login's result: signed in, or refused when no such account exists, or locked
     * @throws OidcRefusal when the state is unknown, used or old, or the provider refuses the code, or the ID token
     *             does not hold
     */
    LoginResult complete(String state, String code, String client);
}
