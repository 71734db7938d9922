package vn.planmonitor.webhook;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

/**
 * The {@code Webhook-Signature} header, in Stripe's shape: {@code t=<unix seconds>,v1=<hex HMAC-SHA256>}
 * of {@code "<t>.<body>"} with the endpoint's secret. The timestamp is signed with the body so a receiver
 * can refuse a captured delivery replayed later (Stripe suggests 5 minutes of tolerance); each attempt is
 * signed afresh with its own time. {@code v1} names the scheme, so another can be added beside it.
 */
public final class WebhookSignature {

    public static final String HEADER = "Webhook-Signature";

    private WebhookSignature() {
    }

    public static String header(String secret, long unixSeconds, String body) {
        return "t=" + unixSeconds + ",v1=" + hmacHex(secret, unixSeconds + "." + body);
    }

    static String hmacHex(String secret, String signed) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
