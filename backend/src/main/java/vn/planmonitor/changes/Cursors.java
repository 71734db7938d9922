package vn.planmonitor.changes;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

/**
 * A cursor is the feed's sequence number, made opaque: base64url of {@code c1.<seq>.<check>}. Opaque so that
 * clients keep it as it is (the encoding may change, the version prefix says which); the check, a CRC-32 of the
 * rest, turns a cursor cut short or mistyped into a clear 400 rather than a silent jump to another position.
 * It is not a secret and needs none: any position a caller names shows it only what its scope allows.
 */
final class Cursors {

    private static final Pattern FORM = Pattern.compile("c1\\.(0|[1-9][0-9]{0,17})\\.([0-9a-f]{8})");

    private Cursors() {
    }

    static String of(long seq) {
        String body = "c1." + seq;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(
                (body + "." + check(body)).getBytes(StandardCharsets.US_ASCII));
    }

    /** The sequence number of a cursor, or empty if it is not one this server wrote. */
    static OptionalLong parse(String cursor) {
        if (cursor == null || cursor.length() > 64) {
            return OptionalLong.empty();
        }
        String text;
        try {
            text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
        } catch (IllegalArgumentException e) {
            return OptionalLong.empty();
        }
        Matcher m = FORM.matcher(text);
        if (!m.matches() || !check("c1." + m.group(1)).equals(m.group(2))) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Long.parseLong(m.group(1)));
    }

    private static String check(String body) {
        CRC32 crc = new CRC32();
        crc.update(body.getBytes(StandardCharsets.US_ASCII));
        return String.format("%08x", crc.getValue());
    }
}
