package vn.planmonitor.common;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Refuses to start when a trusted proxy ({@code TRUSTED_PROXIES}) is not written as an IPv4 address or a
 * CIDR range. Quarkus looks a host name up in DNS on the request path, again whenever its cache expires,
 * and where the resolver does not answer every such request waits for its 5-second timeout. An IPv6
 * address is such a host name to it: {@code ::1} reads as host {@code :} on port 1. That one entry
 * stalled a keep-alive connection for 5 s about every 5 s on every route of the public port (bench,
 * December 2026); {@code ::1/128} means what was meant.
 */
@ApplicationScoped
public class TrustedProxies {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern CIDR = Pattern.compile(".+/\\d{1,3}");

    @ConfigProperty(name = "quarkus.http.proxy.trusted-proxies")
    Optional<List<String>> proxies;

    void check(@Observes StartupEvent started) {
        List<String> refused = proxies.orElse(List.of()).stream().filter(entry -> !isLiteral(entry)).toList();
        if (!refused.isEmpty()) {
            throw new IllegalStateException("TRUSTED_PROXIES " + refused + ": write each as an IPv4 address or a CIDR"
                    + " range (an IPv6 address as ::1/128); anything else is a host name, looked up in DNS while"
                    + " requests wait / mỗi địa chỉ phải là IPv4 hoặc dải CIDR (IPv6 viết ::1/128)");
        }
    }

    /** An entry Quarkus compares with the peer's address without asking DNS. */
    static boolean isLiteral(String entry) {
        String trimmed = entry.trim();
        return IPV4.matcher(trimmed).matches() || CIDR.matcher(trimmed).matches();
    }
}
