package vn.planmonitor.common;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * The browser-side protections, on every response of the HTTP port — API, web app, Swagger UI,
 * errors alike (frontend/nginx.conf sets the same values on what nginx serves itself).
 * <ul>
 * <li>A strict Content-Security-Policy: the web app keeps its bearer token in localStorage, so the
 * CSP is what stops an injected script from reading it — scripts only from this origin, no inline
 * script, no eval; nothing is fetched from or sent to another origin. Styles allow 'unsafe-inline'
 * because ECharts writes its tooltips as HTML with style attributes (React's inline styles go through
 * the CSSOM, which the CSP does not govern); a style cannot run code or read the token.</li>
 * <li>No framing ({@code frame-ancestors 'none'}, {@code X-Frame-Options: DENY}) except the embeddable
 * charts under {@code /embed/}, which any site may frame (the district news site does).</li>
 * <li>{@code Referrer-Policy: same-origin}: addresses in the app name plans, units and report ids; other
 * sites (a plan's source link) learn nothing, while our own pages keep full referrers.</li>
 * <li>{@code X-Content-Type-Options: nosniff}; {@code Cache-Control: no-store} on the API, whose answers
 * are live, personal or carry tokens; HSTS in production only (a browser would otherwise insist on
 * https for localhost after trying {@code make run}).</li>
 * </ul>
 * Swagger UI (/q/swagger-ui) starts itself with an inline script, so its pages alone allow one.
 */
@ApplicationScoped
public class SecurityHeaders {

    // blob: for images only: the picture of a report's attached file (a PNG the server draws, even of a PDF) is
    // fetched with the session's token and shown from a blob: URL the app itself made (a plain link could not
    // carry the token). The app frames nothing (frame-src 'none'), so no PDF viewer runs inside it.
    static final String CSP_BASE = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; frame-src 'none'; font-src 'self'; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'";
    public static final String CSP = CSP_BASE + "; frame-ancestors 'none'";
    public static final String EMBED_CSP = CSP_BASE + "; frame-ancestors *";
    static final String SWAGGER_CSP = CSP.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'");
    public static final String REFERRER_POLICY = "same-origin";

    /** Routes of the web app that other sites may frame. */
    static final String EMBED = "/embed/";
    /** Survives the reroute of an /embed/… address to index.html, which clears the path and the end handlers. */
    private static final String EMBED_FLAG = "planmonitor.embed";
    /** Runs before Quarkus's own filters, so even the responses they end early carry the headers. */
    private static final int PRIORITY = 10_000;

    @Inject
    SecurityHeadersConfig config;

    void install(@Observes Filters filters) {
        filters.register(this::onRequest, PRIORITY);
    }

    private void onRequest(RoutingContext ctx) {
        String path = ctx.normalizedPath();
        if (path.startsWith(EMBED)) {
            ctx.put(EMBED_FLAG, Boolean.TRUE);
        }
        boolean embed = Boolean.TRUE.equals(ctx.get(EMBED_FLAG));
        ctx.addHeadersEndHandler(v -> apply(ctx.response().headers(), path, embed));
        ctx.next();
    }

    private void apply(MultiMap headers, String path, boolean embed) {
        if (embed) {
            headers.set("Content-Security-Policy", EMBED_CSP);
        } else {
            headers.set("Content-Security-Policy", path.startsWith("/q/swagger-ui") ? SWAGGER_CSP : CSP);
            headers.set("X-Frame-Options", "DENY");
        }
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", REFERRER_POLICY);
        config.hsts().ifPresent(value -> headers.set("Strict-Transport-Security", value));
        if ((path.startsWith("/api/") || path.equals("/api")) && !headers.contains("Cache-Control")) {
            headers.set("Cache-Control", "no-store");
        }
    }
}
