package vn.planmonitor.attachment;

import vn.planmonitor.common.Violations;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The name a file is kept and offered under. Only the last segment of what the client sent is kept (some
 * browsers send a whole path; "../../x" names nothing here), characters Windows cannot save are replaced,
 * and control characters are refused like in any other text (they could end a header line). The name is
 * never used on a file system: the bytes live in the database.
 */
final class FileNames {

    static final int MAX_LENGTH = 200;
    static final String FALLBACK = "tep-dinh-kem";
    private static final Pattern UNSAVEABLE = Pattern.compile("[<>:\"|?*]");
    /** What counts as an extension: "bao-cao.pdf" has one, "Biên bản 12.5.2020" does not. */
    private static final Pattern EXTENSION = Pattern.compile("[A-Za-z][A-Za-z0-9]{1,4}");

    private FileNames() {
    }

    /** The cleaned name, or empty when nothing usable is left; a control character is a violation on {@code field}. */
    static Optional<String> clean(String raw, String field, Violations v) {
        if (raw == null) {
            return Optional.empty();
        }
        String name = raw.substring(Math.max(raw.lastIndexOf('/'), raw.lastIndexOf('\\')) + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFC);
        int at = Violations.forbiddenAt(name, false);
        if (at >= 0) {
            v.add(field, "forbidden-character", String.format("%04X", name.codePointAt(at)), at + 1);
            return Optional.empty();
        }
        name = UNSAVEABLE.matcher(name).replaceAll("_").strip();
        name = name.replaceAll("^[.\\s]+|[.\\s]+$", "");
        if (name.length() > MAX_LENGTH) {
            String ext = extension(name).map(e -> "." + e).orElse("");
            name = name.substring(0, MAX_LENGTH - ext.length()).strip() + ext;
        }
        return name.isEmpty() ? Optional.empty() : Optional.of(name);
    }

    static Optional<String> extension(String name) {
        int dot = name.lastIndexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        String ext = name.substring(dot + 1);
        return EXTENSION.matcher(ext).matches() ? Optional.of(ext) : Optional.empty();
    }

    /**
     * {@code attachment} with the name twice: an ASCII stand-in for old clients and the exact name as
     * RFC 6266 / RFC 8187 encode it. Everything outside the unreserved set is percent-encoded, so no quote,
     * semicolon or line break of a name can reach the header as itself.
     */
    static String contentDisposition(String name) {
        StringBuilder ascii = new StringBuilder();
        name.codePoints().forEach(c -> ascii.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\' ? (char) c : '_'));
        StringBuilder encoded = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (Character.isLetterOrDigit(c) && c < 0x80 || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(String.format("%02X", c));
            }
        }
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
