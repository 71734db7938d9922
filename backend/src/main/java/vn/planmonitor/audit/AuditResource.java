package vn.planmonitor.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import vn.planmonitor.common.DateParams;
import vn.planmonitor.common.QueryParams;
import vn.planmonitor.common.Text;
import vn.planmonitor.common.Page;
import vn.planmonitor.common.PageRequest;
import vn.planmonitor.common.Violations;
import vn.planmonitor.security.Role;

import java.time.Instant;
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
        Instant fromTime = DateParams.instant(from, "from", v, false);
        Instant toTime = DateParams.instant(to, "to", v, true);
        PageRequest request = PageRequest.of(page, size, sort, SORTABLE, "-id", v);
        var criteria = new AuditTrail.Criteria(submissionId == null ? null : submissionId.longValue(),
                Text.trimToNull(actor), wanted, Text.trimToNull(orgUnit), Text.trimToNull(plan), fromTime, toTime);
        return trail.search(criteria, request);
    }
}
