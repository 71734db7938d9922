package vn.planmonitor.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Turns a bearer secret into who is calling: roles, and the units a reporter or a write token may touch. */
@ApplicationScoped
public class TokenIdentityProvider implements IdentityProvider<TokenCredential> {

    @Inject
    TokenService tokens;

    @Override
    public Class<TokenCredential> getRequestType() {
        return TokenCredential.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenCredential request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> {
            Caller caller = tokens.identify(request.secret())
                    .orElseThrow(() -> new AuthenticationFailedException("invalid, expired or revoked token"));
            QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder()
                    .setPrincipal(new QuarkusPrincipal(caller.name()))
                    .addAttribute(Caller.ATTRIBUTE, caller);
            caller.roles().forEach(identity::addRole);
            return identity.build();
        });
    }
}
