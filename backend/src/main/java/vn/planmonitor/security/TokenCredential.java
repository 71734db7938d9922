package vn.planmonitor.security;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** The bearer secret of a request, on its way to {@link TokenIdentityProvider}. */
public class TokenCredential extends BaseAuthenticationRequest {

    private final String secret;

    public TokenCredential(String secret) {
        this.secret = secret;
    }

    public String secret() {
        return secret;
    }
}
