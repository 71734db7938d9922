package vn.planmonitor.common;

import io.vertx.core.http.HttpServerRequest;

/**
 * The address of the client behind a request, for the sign-in throttle and the portal's visit
 * counters — the one place that decides it.
 * <p>
 * A client can write any {@code X-Forwarded-For} it likes, so the header is believed only from a
 * trusted proxy ({@code quarkus.http.proxy.trusted-proxies}: loopback by default, the compose network
 * in docker-compose.yml), and our nginx overwrites it with the address it saw ({@code $remote_addr})
 * instead of appending to what the client sent. Quarkus applies that rule before any code runs, so
 * the peer address read here is already the client's; from anyone else the header is ignored.
 */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static String of(HttpServerRequest request) {
        return request == null || request.remoteAddress() == null ? "" : request.remoteAddress().host();
    }
}
