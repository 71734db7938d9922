package vn.planmonitor.common;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Locale;

/**
 * Refuses a body larger than the limit before it is read, with a problem+json 413 rather than the
 * bare status the HTTP layer would send. (A chunked body without Content-Length is still cut off
 * by that layer at the same limit.)
 */
@ApplicationScoped
public class BodyLimit {

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    io.quarkus.runtime.configuration.MemorySize maxBody;

    void install(@Observes Router router) {
        long limit = maxBody.asLongValue();
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            long declared;
            try {
                declared = length == null ? -1 : Long.parseLong(length.trim());
            } catch (NumberFormatException e) {
                declared = -1;
            }
            if (declared <= limit) {
                ctx.next();
                return;
            }
            Locale locale = Messages.pick(java.util.List.of(Locale.forLanguageTag(
                    String.valueOf(ctx.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE)).split("[,;]")[0].trim())));
            Problem problem = new Problem(Problem.typeFor("body-too-large"),
                    Messages.get(locale, "problem.body-too-large.title"), 413,
                    Messages.get(locale, "problem.body-too-large.detail"), ctx.request().path(), "body-too-large",
                    null);
            ctx.response().setStatusCode(413).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CONNECTION, "close").end(Json.encode(problem));
        });
    }
}
