package vn.planmonitor.common;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The single-page app owns its routes (/data-entry, /targets/3 …): a browser that opens or reloads
 * one of them gets index.html, and the app's router takes over. API and Quarkus paths are untouched.
 * The app shell must never be cached as "immutable" like its hashed assets: after a release a
 * browser would keep the old shell, pointing at old code, for a day — a stale dashboard.
 */
@ApplicationScoped
public class SpaRoutes {

    /** The embeddable charts of the public portal may be shown in a frame on any site. */
    static final String EMBED = "/embed/";
    private static final String EMBED_FLAG = "planmonitor.embed";

    void install(@Observes Router router) {
        router.routeWithRegex(HttpMethod.GET, "^/(?!api/|api$|q/|q$)[^.]*$").handler(ctx -> {
            if (ctx.normalizedPath().startsWith(EMBED)) {
                ctx.put(EMBED_FLAG, Boolean.TRUE); // context data survives the reroute; headers set now would not
            }
            ctx.reroute("/index.html");
        });
        router.route(HttpMethod.GET, "/index.html").order(-1).handler(ctx -> {
            boolean embed = Boolean.TRUE.equals(ctx.get(EMBED_FLAG));
            // Set when the headers go out, so it wins over the static-file handler's own Cache-Control.
            ctx.addHeadersEndHandler(v -> {
                ctx.response().headers().set("Cache-Control", "no-cache");
                if (embed) {
                    ctx.response().headers().set("Content-Security-Policy", "frame-ancestors *");
                }
            });
            ctx.next();
        });
    }
}
