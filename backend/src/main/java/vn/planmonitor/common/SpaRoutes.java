package vn.planmonitor.common;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The single-page app owns its routes (/data-entry, /targets/3 …): a browser that opens or reloads
 * one of them gets index.html, and the app's router takes over. API and Quarkus paths are untouched.
 * The app shell must never be cached as "immutable" like its hashed assets: after a release a
 * browser would keep the old shell, pointing at old code, for a day — a stale dashboard. The hashed
 * assets (/assets/, names that change with their content) are the opposite: kept for a year without
 * asking again, so a phone on a slow network fetches the app's code once per release.
 */
@ApplicationScoped
public class SpaRoutes {

    static final String IMMUTABLE = "public, max-age=31536000, immutable";

    void install(@Observes Router router) {
        // The embed routes' own framing policy is SecurityHeaders' business.
        router.routeWithRegex(HttpMethod.GET, "^/(?!api/|api$|q/|q$)[^.]*$").handler(ctx -> ctx.reroute("/index.html"));
        router.route(HttpMethod.GET, "/index.html").order(-1).handler(ctx -> {
            // Set when the headers go out, so it wins over the static-file handler's own Cache-Control.
            ctx.addHeadersEndHandler(v -> ctx.response().headers().set("Cache-Control", "no-cache"));
            ctx.next();
        });
        router.route(HttpMethod.GET, "/assets/*").order(-1).handler(ctx -> {
            ctx.addHeadersEndHandler(v -> {
                // Only a file that was found: a 404 cached for a year would outlive the next release.
                int status = ctx.response().getStatusCode();
                if (status == 200 || status == 304) {
                    ctx.response().headers().set("Cache-Control", IMMUTABLE);
                }
            });
            ctx.next();
        });
    }
}
