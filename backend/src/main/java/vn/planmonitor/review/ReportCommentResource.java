package vn.planmonitor.review;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.planmonitor.security.Role;

/** Adds a message to a report's discussion; the discussion is read in the report's history. */
@Path("/api/v1/submissions/{id}/comments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.REPORTER_ROLE, Role.REVIEWER_ROLE})
public class ReportCommentResource {

    @Inject
    ReportComments comments;

    @POST
    public Response add(@PathParam("id") long id, ReportCommentInput input) {
        return Response.status(Response.Status.CREATED).entity(comments.add(id, input)).build();
    }
}
