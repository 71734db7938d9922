package vn.planmonitor.audit;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/** Who is making the current request, for the audit trail and the review stamps: the signed-in account or token. */
@RequestScoped
public class Actor {

    @Inject
    SecurityIdentity identity;

    public String name() {
        return identity == null || identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }
}
