package vn.planmonitor.common;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.List;

/**
 * Path ids are ASCII digits and nothing else. Java's {@code Long.parseLong}, which binds a
 * {@code long} path parameter, also takes a sign and any script's digits, so {@code /submissions/１}
 * (full-width one) and {@code /submissions/+1} would both open report 1: one resource at many
 * addresses defeats caches, logs, rate limits and every rule written against the canonical one.
 * Any other spelling of an id answers as an id that is not a number does: 404 {@code no-such-path}.
 */
public class AsciiIds {

    /** At most 18 digits: every such number fits in a {@code long}. */
    static final int MAX_DIGITS = 18;

    /** Runs after the path is matched and before the resource method's parameters are converted. */
    @ServerRequestFilter
    public void refuseOtherDigits(UriInfo uri) {
        List<String> ids = uri.getPathParameters().get("id");
        if (ids != null && ids.stream().anyMatch(id -> !isId(id))) {
            throw new NotFoundException();
        }
    }

    public static boolean isId(String text) {
        if (text == null || text.isEmpty() || text.length() > MAX_DIGITS) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
