package vn.planmonitor.common;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which trusted-proxy entries Quarkus can match without a DNS lookup on the request path. */
class TrustedProxiesTest {

    @Test
    void addressesAndRangesAreLiterals() {
        assertTrue(TrustedProxies.isLiteral("127.0.0.1"));
        assertTrue(TrustedProxies.isLiteral(" 10.0.0.0/8"));
        assertTrue(TrustedProxies.isLiteral("::1/128"));
        assertTrue(TrustedProxies.isLiteral("fd00::/8"));
    }

    @Test
    void hostNamesAndBareIpv6AreNot() {
        // Quarkus reads a bare IPv6 address as host ":" and a port: a DNS lookup on every cache expiry.
        assertFalse(TrustedProxies.isLiteral("::1"));
        assertFalse(TrustedProxies.isLiteral("proxy.internal"));
        assertFalse(TrustedProxies.isLiteral("127.0.0.1:8080"));
    }
}
