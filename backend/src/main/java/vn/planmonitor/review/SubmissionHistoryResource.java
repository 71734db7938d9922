package vn.planmonitor.review;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import vn.planmonitor.audit.AuditTrail;
import vn.planmonitor.audit.AuditView;
import vn.planmonitor.security.Role;
import vn.planmonitor.submission.SubmissionAccess;

import java.util.List;

/** A report's own audit trail, oldest first. */
@Path("/api/v1/submissions/{id}/history")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.REPORTER_ROLE, Role.READER_ROLE})
public class SubmissionHistoryResource {

    @Inject
    AuditTrail trail;

    @Inject
    SubmissionAccess access;

    public record History(List<AuditView> items) {
    }

    @GET
    public History history(@PathParam("id") long id) {
        access.readable(id);
        return new History(trail.history(id));
    }
}
