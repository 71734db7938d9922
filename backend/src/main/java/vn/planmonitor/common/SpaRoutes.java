package vn.planmonitor.common;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The single-page app owns its routes (/data-entry, /targets/3 …): a browser that opens or reloads
 * one of them gets index.html, and the app's router takes over. API and Quarkus paths are untouched.
 */
@ApplicationScoped
public class SpaRoutes {

    /** The embeddable charts of the public portal may be shown in a frame on any site. */
    static final String EMBED = "/embed/";
    private static final String EMBED_FLAG = "planmonitor.embed";

    void install(@Observes Router router) {
        // A reroute clears the response headers, so the embed route is marked and its header set on the way back.
        router.route("/index.html").order(-10).handler(ctx -> {
            if (Boolean.TRUE.equals(ctx.get(EMBED_FLAG))) {
                ctx.addHeadersEndHandler(v -> ctx.response().headers()
                        .set("Content-Security-Policy", "frame-ancestors *"));
            }
            ctx.next();
        });
        router.routeWithRegex(HttpMethod.GET, "^/(?!api/|api$|q/|q$)[^.]*$")
                .handler(ctx -> {
                    if (ctx.normalizedPath().startsWith(EMBED)) {
                        ctx.put(EMBED_FLAG, Boolean.TRUE);
                    }
                    ctx.reroute("/index.html");
                });
    }
}
