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

    void install(@Observes Router router) {
        router.routeWithRegex(HttpMethod.GET, "^/(?!api/|api$|q/|q$)[^.]*$")
                .handler(ctx -> ctx.reroute("/index.html"));
    }
}
