package vn.planmonitor.progress;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import vn.planmonitor.common.EntityTags;
import vn.planmonitor.security.Role;

/** One target's progress, with each unit's figure by default. Its ETag is a hash of the answer ({@link EntityTags}), kept with it ({@link ProgressAnswers}). */
@Path("/api/v1/targets/{id}/progress")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.VIEWER_ROLE)
public class TargetProgressResource {

    @Inject
    ProgressService progress;

    @Inject
    EntityTags tags;

    @GET
    public Response progress(@PathParam("id") long id, @QueryParam("from") String from,
                             @QueryParam("to") String to, @QueryParam("include") String include,
                             @QueryParam("units") String units,
                             @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        ProgressService.Tagged<?> answer = progress.targetTagged(id, ProgressQuery.parse(from, to, include, units));
        return tags.conditional(ifNoneMatch, answer.answer(), answer.tag());
    }
}
