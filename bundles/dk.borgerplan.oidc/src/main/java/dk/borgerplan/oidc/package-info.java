/**
 * Login through the municipality's identity provider with OpenID Connect: {@link dk.borgerplan.oidc.OidcLogin}
 * starts the authorization code flow (with PKCE, state and nonce) and completes it into a Borgerplan session for the
 * account the identity provider names. Present only when {@code etc/dk.borgerplan.oidc.cfg} configures a provider.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package dk.borgerplan.oidc;
