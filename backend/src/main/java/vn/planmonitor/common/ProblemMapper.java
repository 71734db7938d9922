package vn.planmonitor.common;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place where failures become RFC 9457 problem bodies. Texts come from the message
 * catalogue in the caller's language; nothing internal (class names, SQL, stack traces) leaks.
 */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);
    private static final Pattern DUPLICATE_FIELD = Pattern.compile("Duplicate (?:Object property|field) '(.*)'",
            Pattern.DOTALL);

    @ServerExceptionMapper
    public Response apiException(ApiException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = Messages.pick(headers.getAcceptableLanguages());
        List<FieldError> errors = e.errors().stream()
                .map(v -> new FieldError(v.field(), v.code(), Messages.get(locale, "field." + v.code(), v.args())))
                .toList();
        String detail = Messages.get(locale, e.detailKey(), e.args());
        Response response = respond(e.status(), e.code(), locale, detail, uri, errors.isEmpty() ? null : errors);
        if (e.retryAfter() == null) {
            return response;
        }
        // Whole seconds, rounded up: a client that waits what it was told is never refused again for a fraction.
        long seconds = Math.max(1, (e.retryAfter().toMillis() + 999) / 1000);
        return Response.fromResponse(response).header(HttpHeaders.RETRY_AFTER, String.valueOf(seconds)).build();
    }

    @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
    public Response staleWrite(RuntimeException e, HttpHeaders headers, UriInfo uri) {
        return simple(412, "precondition-failed", headers, uri);
    }

    /** Two requests raced to create the same thing; the database's unique key kept one. */
    @ServerExceptionMapper
    public Response uniqueKey(ConstraintViolationException e, HttpHeaders headers, UriInfo uri) {
        return simple(409, "conflict", headers, uri);
    }

    /** No credentials, or a token that is unknown, expired or revoked. */
    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthorized(RuntimeException e, HttpHeaders headers, UriInfo uri) {
        return Response.fromResponse(simple(401, "unauthorized", headers, uri))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpHeaders headers, UriInfo uri) {
        return simple(403, "forbidden", headers, uri);
    }

    @ServerExceptionMapper
    public Response unrecognizedField(UnrecognizedPropertyException e, HttpHeaders headers, UriInfo uri) {
        return fieldProblem(e, "unknown-field", headers, uri);
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, HttpHeaders headers, UriInfo uri) {
        boolean noBody = e.getPath().isEmpty() && e.getMessage() != null && e.getMessage().contains("end-of-input");
        if (noBody) {
            return simple(400, "body-required", headers, uri);
        }
        Class<?> target = e.getTargetType();
        if (target != null && target.isEnum()) {
            String allowed = String.join(", ", Arrays.stream(target.getEnumConstants())
                    .map(Object::toString).toList());
            return fieldProblem(e, "not-one-of", headers, uri, allowed);
        }
        return fieldProblem(e, "wrong-type", headers, uri);
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e, HttpHeaders headers, UriInfo uri) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return fieldProblem(mapping, "wrong-type", headers, uri);
        }
        // Jackson's strict duplicate detection says which field only in its message.
        Matcher duplicate = e instanceof JsonParseException ? DUPLICATE_FIELD.matcher(e.getOriginalMessage()) : null;
        if (duplicate != null && duplicate.matches()) {
            Locale locale = Messages.pick(headers.getAcceptableLanguages());
            String field = duplicate.group(1);
            return respond(400, "duplicate-key", locale, Messages.get(locale, "problem.duplicate-key.detail",
                    field.length() > 100 ? field.substring(0, 100) + "…" : field), uri, null);
        }
        return simple(400, "malformed-json", headers, uri);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, HttpHeaders headers, UriInfo uri) {
        // The JSON reader reports unreadable bodies as a plain 400 with the parser's exception as cause.
        if (e.getCause() instanceof JsonProcessingException json) {
            return json instanceof MismatchedInputException mismatch ? mismatchedInput(mismatch, headers, uri)
                    : malformedJson(json, headers, uri);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("Request failed", e);
            return simple(500, "internal", headers, uri);
        }
        String code = switch (status) {
            case 404 -> "no-such-path";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 413 -> "body-too-large";
            case 415 -> "unsupported-media-type";
            default -> "bad-request";
        };
        return simple(status, code, headers, uri);
    }

    /**
     * Last resort. A failure raised at commit arrives wrapped (RollbackException and the like): the
     * cause chain still tells a lost race on a version (412) or a unique/foreign key (409) apart
     * from a real fault.
     */
    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpHeaders headers, UriInfo uri) {
        for (Throwable cause = e; cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
                return simple(412, "precondition-failed", headers, uri);
            }
            if (cause instanceof ConstraintViolationException) {
                return simple(409, "conflict", headers, uri);
            }
            if (WriteConflict.is(cause)) {
                // Two writes crossed (a deadlock, a lock wait timeout, a Galera certification conflict)
                // and RetryOnConflict, where it applies, ran out of attempts: nothing was stored; try again.
                return simple(409, "conflict", headers, uri);
            }
            if (DatabaseOutage.is(cause)) {
                LOG.warn("Database unavailable: " + cause.getMessage());
                return Response.fromResponse(simple(503, "database-unavailable", headers, uri))
                        .header(HttpHeaders.RETRY_AFTER, "10").build();
            }
        }
        LOG.error("Unexpected failure", e);
        return simple(500, "internal", headers, uri);
    }

    private Response fieldProblem(JsonMappingException e, String fieldCode, HttpHeaders headers, UriInfo uri,
                                  Object... args) {
        Locale locale = Messages.pick(headers.getAcceptableLanguages());
        String field = JsonPaths.of(e.getPath());
        FieldError error = new FieldError(field, fieldCode, Messages.get(locale, "field." + fieldCode, args));
        return respond(400, "validation", locale, Messages.get(locale, "problem.validation.detail"), uri,
                List.of(error));
    }

    private Response simple(int status, String code, HttpHeaders headers, UriInfo uri) {
        Locale locale = Messages.pick(headers.getAcceptableLanguages());
        return respond(status, code, locale, Messages.get(locale, "problem." + code + ".detail"), uri, null);
    }

    private Response respond(int status, String code, Locale locale, String detail, UriInfo uri,
                             List<FieldError> errors) {
        Problem problem = new Problem(Problem.typeFor(code), Messages.get(locale, "problem." + code + ".title"),
                status, detail, uri.getPath(), code, errors);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
