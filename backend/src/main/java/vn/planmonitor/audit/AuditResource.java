package vn.planmonitor.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import vn.planmonitor.common.QueryParams;
import vn.planmonitor.common.Text;
import vn.planmonitor.common.Page;
import vn.planmonitor.common.PageRequest;
import vn.planmonitor.common.Violations;
import vn.planmonitor.security.Role;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Map;

/** The system-wide audit trail, read-only: there is deliberately no way to change or delete an entry. */
@Path("/api/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.REVIEWER_ROLE)
public class AuditResource {

    private static final Map<String, String> SORTABLE = Map.of("occurredAt", "occurredAt", "id", "id");

    @Inject
    AuditTrail trail;

    @GET
    public Page<AuditView> search(@QueryParam("submission") String submission, @QueryParam("actor") String actor,
                                  @QueryParam("action") String action, @QueryParam("orgUnit") String orgUnit,
                                  @QueryParam("plan") String plan, @QueryParam("from") String from,
                                  @QueryParam("to") String to, @QueryParam("page") String page,
                                  @QueryParam("size") String size, @QueryParam("sort") String sort) {
        Violations v = new Violations();
        Integer submissionId = submission == null || submission.isBlank() ? null
                : PageRequest.parseInt(submission, 0, "submission", 1, Integer.MAX_VALUE, v);
        AuditAction wanted = QueryParams.enumParam(AuditAction.class, action, "action", v);
        Instant fromTime = instant(from, "from", v, false);
        Instant toTime = instant(to, "to", v, true);
        PageRequest request = PageRequest.of(page, size, sort, SORTABLE, "-id", v);
        var criteria = new AuditTrail.Criteria(submissionId == null ? null : submissionId.longValue(),
                Text.trimToNull(actor), wanted, Text.trimToNull(orgUnit), Text.trimToNull(plan), fromTime, toTime);
        return trail.search(criteria, request);
    }

    /** Accepts a date (a whole day, in UTC) or an ISO instant; {@code to} is exclusive, a date's end included. */
    private static Instant instant(String raw, String field, Violations v, boolean endOfDay) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            if (raw.trim().length() == 10) {
                LocalDate day = LocalDate.parse(raw.trim());
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return Instant.parse(raw.trim());
        } catch (DateTimeParseException e) {
            v.add(field, "not-a-date");
            return null;
        }
    }
}
