package vn.planmonitor.progress;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import vn.planmonitor.common.ConditionalGet;
import vn.planmonitor.security.Role;

/** A plan's progress. Computed live; its ETag is a hash of the answer ({@link ConditionalGet}). */
@Path("/api/v1/plans/{id}/progress")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.VIEWER_ROLE)
public class PlanProgressResource {

    @Inject
    ProgressService progress;

    @GET
    @ConditionalGet
    public PlanProgressView progress(@PathParam("id") long id, @QueryParam("from") String from,
                                     @QueryParam("to") String to, @QueryParam("include") String include,
                                     @QueryParam("units") String units) {
        return progress.plan(id, ProgressQuery.parse(from, to, include, units));
    }
}
