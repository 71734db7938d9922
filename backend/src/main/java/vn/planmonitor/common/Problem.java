package vn.planmonitor.common;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/** RFC 9457 problem details, with our stable {@code code} and the field-level list for validation errors. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance, String code,
                      List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static String typeFor(String code) {
        return "urn:planmonitor:problem:" + code;
    }
}
