package vn.planmonitor.common;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.container.ContainerRequestContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.io.ByteArrayInputStream;
import java.util.Locale;

/**
 * Refuses a body larger than the limit with a problem+json 413 rather than the bare status the HTTP
 * layer would send. The limit is {@code planmonitor.http.max-body-size}, except for an upload form
 * (multipart/form-data: a report's attachment), which may reach the HTTP layer's own ceiling
 * ({@code quarkus.http.limits.max-body-size}) and is parsed to a temporary file, not to memory: a chunked
 * one is not read into memory here but left to the form parser, which stops at that ceiling. A declared Content-Length is judged before anything is read. A chunked body
 * (no Content-Length) is read here, counting, and refused the moment it passes the limit: left to
 * the REST layer it would be cut off with an empty 413 and an ERROR in the log. Read whole, it is
 * handed to the resource as its entity stream.
 */
@ApplicationScoped
public class BodyLimit {

    private static final String CHUNKED_BODY = BodyLimit.class.getName() + ".chunked";

    @ConfigProperty(name = "planmonitor.http.max-body-size", defaultValue = "10M")
    io.quarkus.runtime.configuration.MemorySize maxBody;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    io.quarkus.runtime.configuration.MemorySize maxUploadBody;

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            boolean upload = isMultipart(ctx.request());
            long limit = upload ? maxUploadBody.asLongValue() : Math.min(maxBody.asLongValue(), maxUploadBody.asLongValue());
            String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            long declared;
            try {
                declared = length == null ? -1 : Long.parseLong(length.trim());
            } catch (NumberFormatException e) {
                declared = -1;
            }
            if (declared > limit) {
                tooLarge(ctx);
            } else if (length == null && isChunked(ctx.request()) && !upload) {
                readChunked(ctx, limit);
            } else {
                ctx.next();
            }
        });
    }

    /** The REST layer reads the body this route already read, instead of the (ended) request. */
    @ServerRequestFilter
    public void replayChunkedBody(RoutingContext ctx, ContainerRequestContext request) {
        Buffer body = ctx.get(CHUNKED_BODY);
        if (body != null) {
            request.setEntityStream(new ByteArrayInputStream(body.getBytes()));
        }
    }

    private static boolean isMultipart(HttpServerRequest request) {
        String type = request.getHeader(HttpHeaders.CONTENT_TYPE);
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    private static boolean isChunked(HttpServerRequest request) {
        String encoding = request.getHeader(HttpHeaders.TRANSFER_ENCODING);
        return encoding != null && encoding.toLowerCase(Locale.ROOT).contains("chunked");
    }

    private static void readChunked(RoutingContext ctx, long limit) {
        HttpServerRequest request = ctx.request();
        Buffer body = Buffer.buffer();
        boolean[] refused = {false};
        request.handler(chunk -> {
            if (refused[0]) {
                return;
            }
            if (body.length() + (long) chunk.length() > limit) {
                refused[0] = true;
                tooLarge(ctx);
                return;
            }
            body.appendBuffer(chunk);
        });
        request.endHandler(end -> {
            if (!refused[0]) {
                ctx.put(CHUNKED_BODY, body);
                ctx.next();
            }
        });
        request.exceptionHandler(ctx::fail);
        request.resume();
    }

    private static void tooLarge(RoutingContext ctx) {
        refuse(ctx, 413, "body-too-large");
    }

    private static void refuse(RoutingContext ctx, int status, String code) {
        Locale locale = Messages.pick(java.util.List.of(Locale.forLanguageTag(
                String.valueOf(ctx.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE)).split("[,;]")[0].trim())));
        Problem problem = new Problem(Problem.typeFor(code),
                Messages.get(locale, "problem." + code + ".title"), status,
                Messages.get(locale, "problem." + code + ".detail"), ctx.request().path(), code,
                null);
        ctx.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close").end(Json.encode(problem));
    }
}
