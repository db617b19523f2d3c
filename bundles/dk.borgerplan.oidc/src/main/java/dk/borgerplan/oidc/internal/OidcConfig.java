package dk.borgerplan.oidc.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Borgerplan OpenID Connect login", description = "The municipality's identity provider "
        + "(PID dk.borgerplan.oidc; without this configuration there is no such login)")
public @interface OidcConfig {

    @AttributeDefinition(description = "The provider's issuer; its description is read from "
            + "<issuer>/.well-known/openid-configuration")
    String issuer();

    @AttributeDefinition(description = "Borgerplan's client id at the provider")
    String clientId();

    @AttributeDefinition(description = "A file holding the client secret (never the secret itself here); empty for a "
            + "public client, or when the environment variable BORGERPLAN_OIDC_CLIENT_SECRET holds it")
    String clientSecretFile() default "";

    @AttributeDefinition(description = "Where the provider sends the browser back: "
            + "https://<borgerplan>/api/session/oidc/callback, as registered at the provider")
    String redirectUri();

    @AttributeDefinition(description = "The scopes asked for, separated by spaces")
    String scopes() default "openid profile";

    @AttributeDefinition(description = "The ID token's claim that holds the user's Borgerplan username")
    String usernameClaim() default "preferred_username";

    @AttributeDefinition(description = "The algorithm the provider signs ID tokens with")
    String idTokenAlgorithm() default "RS256";

    @AttributeDefinition(description = "The provider's name on the login page")
    String displayName() default "Kommunens login";

    @AttributeDefinition(description = "Minutes a started login may take before it can no longer be completed")
    int loginMinutes() default 10;
}
