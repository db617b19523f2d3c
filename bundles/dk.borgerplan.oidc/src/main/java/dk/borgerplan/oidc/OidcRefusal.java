package dk.borgerplan.oidc;

/**
 * A login through the identity provider that cannot be completed. {@code reason} is one of {@code unknown-state},
 * {@code token-refused}, {@code id-token-invalid}, {@code no-username}, {@code provider-unavailable}; the message
 * never holds a token or a claim's value.
 */
public class OidcRefusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String reason;

    public OidcRefusal(String reason) {
        super("OpenID Connect login refused: " + reason);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
