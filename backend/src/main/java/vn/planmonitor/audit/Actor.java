package vn.planmonitor.audit;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * Who is making the current request, for the audit trail and the review stamps. Until accounts
 * exist (the security issue), clients name themselves in the {@code X-Actor} header; without it
 * the actor is recorded as "anonymous".
 */
@RequestScoped
public class Actor {

    public static final String HEADER = "X-Actor";
    static final int MAX_LENGTH = 100;

    @Inject
    HttpServerRequest request;

    public String name() {
        String claimed = request == null ? null : request.getHeader(HEADER);
        if (claimed == null || claimed.isBlank()) {
            return "anonymous";
        }
        String trimmed = claimed.strip();
        return trimmed.length() > MAX_LENGTH ? trimmed.substring(0, MAX_LENGTH) : trimmed;
    }
}
