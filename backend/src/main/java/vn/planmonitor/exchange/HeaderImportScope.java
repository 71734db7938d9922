package vn.planmonitor.exchange;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * TEMPORARY, until tokens carry a unit scope: the optional {@code X-Allowed-Units: P01,P02} header
 * limits an import to those units; without it every unit is allowed. A client can of course widen
 * its own scope by leaving the header out — this is a stand-in for the check, not security.
 */
@RequestScoped
public class HeaderImportScope implements ImportScope {

    public static final String HEADER = "X-Allowed-Units";

    @Inject
    HttpServerRequest request;

    private Set<String> allowed;
    private boolean read;

    @Override
    public boolean allows(String orgUnitCode) {
        if (!read) {
            String header = request == null ? null : request.getHeader(HEADER);
            allowed = header == null || header.isBlank() ? null : Arrays.stream(header.split(","))
                    .map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
            read = true;
        }
        return allowed == null || allowed.contains(orgUnitCode);
    }
}
