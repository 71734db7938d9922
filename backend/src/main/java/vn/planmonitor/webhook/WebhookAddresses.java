package vn.planmonitor.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which webhook URLs may be called: http or https only, and never an internal address — loopback,
 * private (10/8, 172.16/12, 192.168/16, fc00::/7), link-local (169.254/16 with the cloud metadata
 * service, fe80::/10), carrier-grade NAT (100.64/10), "this host" (0.0.0.0) or multicast — unless the
 * admin listed the host in {@code planmonitor.webhooks.allowed-hosts}. Otherwise an admin account (or
 * whoever took one over) could make the server probe the network it sits in. Checked when an endpoint
 * is saved and again before every attempt, since a name may resolve elsewhere later.
 */
@ApplicationScoped
public class WebhookAddresses {

    /** Why a URL is refused, as a field error code; empty when it may be called. */
    public enum Refusal { NOT_A_URL, ADDRESS_NOT_ALLOWED, HOST_UNKNOWN }

    @Inject
    WebhookConfig config;

    public Optional<Refusal> check(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (java.net.URISyntaxException e) {
            return Optional.of(Refusal.NOT_A_URL);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost();
        if (!(scheme.equals("http") || scheme.equals("https")) || host == null || uri.getUserInfo() != null) {
            return Optional.of(Refusal.NOT_A_URL);
        }
        String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        if (allowed().contains(bare.toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(bare);
        } catch (UnknownHostException e) {
            return Optional.of(Refusal.HOST_UNKNOWN);
        }
        for (InetAddress address : addresses) {
            if (internal(address) && !allowed().contains(address.getHostAddress().toLowerCase(Locale.ROOT))) {
                return Optional.of(Refusal.ADDRESS_NOT_ALLOWED);
            }
        }
        return Optional.empty();
    }

    private List<String> allowed() {
        return config.allowedHosts().orElse(List.of()).stream().map(h -> h.trim().toLowerCase(Locale.ROOT)).toList();
    }

    static boolean internal(InetAddress a) {
        if (a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress() || a.isAnyLocalAddress()
                || a.isMulticastAddress()) {
            return true;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet6Address) {
            return (b[0] & 0xFE) == 0xFC; // unique local fc00::/7
        }
        return (b[0] & 0xFF) == 100 && (b[1] & 0xC0) == 64; // carrier-grade NAT 100.64/10
    }
}
