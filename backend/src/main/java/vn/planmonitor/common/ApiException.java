package vn.planmonitor.common;

import java.time.Duration;
import java.util.List;

/**
 * A refusal the client can act on. It carries a message key (resolved in the caller's language
 * when the response is written) rather than text, so services stay language-neutral.
 */
public class ApiException extends RuntimeException {

    private final int status;
    private final String code;
    private final Object[] args;
    private final List<Violation> errors;
    private final String detailKey;
    private final Duration retryAfter;

    public ApiException(int status, String code, Object... args) {
        this(status, code, "problem." + code + ".detail", List.of(), null, args);
    }

    private ApiException(int status, String code, String detailKey, List<Violation> errors, Duration retryAfter,
                         Object... args) {
        super(code, null, false, false);
        this.status = status;
        this.code = code;
        this.detailKey = detailKey;
        this.args = args;
        this.errors = errors;
        this.retryAfter = retryAfter;
    }

    /** 429: the client may try again once {@code retryAfter} has passed (sent as {@code Retry-After}). */
    public static ApiException tooManyRequests(String code, Duration retryAfter, Object... args) {
        return new ApiException(429, code, "problem." + code + ".detail", List.of(), retryAfter, args);
    }

    /** 503: the server is busy with this kind of work; the client may try again after {@code retryAfter}. */
    public static ApiException unavailable(String code, Duration retryAfter, Object... args) {
        return new ApiException(503, code, "problem." + code + ".detail", List.of(), retryAfter, args);
    }

    public static ApiException validation(List<Violation> errors) {
        return new ApiException(400, "validation", "problem.validation.detail", errors, null);
    }

    /** A refusal with its own status (413, 415…) that still names the field at fault, like a validation. */
    public static ApiException withErrors(int status, String code, String field, String fieldCode, Object... args) {
        return new ApiException(status, code, "problem." + code + ".detail", List.of(new Violation(field, fieldCode,
                args)), null, args);
    }

    /** 422: a well-formed document refused as a whole for what it says; {@code errors} name each item's field. */
    public static ApiException unprocessable(String code, List<Violation> errors) {
        return new ApiException(422, code, "problem." + code + ".detail", errors, null);
    }

    public static ApiException notFound(String what, Object id) {
        return new ApiException(404, "not-found", "problem.not-found." + what, List.of(), null, String.valueOf(id));
    }

    public static ApiException conflict(String code, Object... args) {
        return new ApiException(409, code, args);
    }

    public static ApiException badRequest(String code, Object... args) {
        return new ApiException(400, code, args);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public Object[] args() {
        return args;
    }

    public String detailKey() {
        return detailKey;
    }

    public List<Violation> errors() {
        return errors;
    }

    /** When the client may try again; null when retrying will not help. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
