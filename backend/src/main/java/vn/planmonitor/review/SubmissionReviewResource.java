package vn.planmonitor.review;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.planmonitor.common.Responses;
import vn.planmonitor.security.Role;

/** The review actions on a report, each a POST that names the version it acts on. */
@Path("/api/v1/submissions/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SubmissionReviewResource {

    @Inject
    ReviewService service;

    @POST
    @Path("submit")
    @RolesAllowed(Role.REPORTER_ROLE)
    public Response submit(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           ReviewComment body) {
        return Responses.ok(service.submit(id, ifMatch, body));
    }

    @POST
    @Path("approve")
    @RolesAllowed(Role.REVIEWER_ROLE)
    public Response approve(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            ReviewComment body) {
        return Responses.ok(service.approve(id, ifMatch, body));
    }

    @POST
    @Path("return")
    @RolesAllowed(Role.REVIEWER_ROLE)
    public Response returnForCorrection(@PathParam("id") long id,
                                        @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, ReviewComment body) {
        return Responses.ok(service.returnForCorrection(id, ifMatch, body));
    }

    @POST
    @Path("reopen")
    @RolesAllowed(Role.REVIEWER_ROLE)
    public Response reopen(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           ReviewComment body) {
        return Responses.ok(service.reopen(id, ifMatch, body));
    }
}
