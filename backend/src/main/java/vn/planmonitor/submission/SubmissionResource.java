package vn.planmonitor.submission;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.planmonitor.common.EntityTags;
import vn.planmonitor.common.QueryParams;
import vn.planmonitor.common.Text;
import vn.planmonitor.common.PageRequest;
import vn.planmonitor.common.Responses;
import vn.planmonitor.common.Violations;
import vn.planmonitor.security.Role;

import java.util.Map;

@Path(SubmissionResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.REPORTER_ROLE, Role.READER_ROLE})
public class SubmissionResource {

    static final String PATH = "/api/v1/submissions";
    private static final Map<String, String> SORTABLE = Map.of("period", "periodCode", "orgUnit", "orgUnit.code",
            "status", "status", "updatedAt", "updatedAt", "id", "id");

    @Inject
    SubmissionService service;

    @Inject
    EntityTags tags;

    @GET
    public Response list(@QueryParam("plan") String plan, @QueryParam("orgUnit") String orgUnit,
                         @QueryParam("period") String period, @QueryParam("status") String status,
                         @QueryParam("page") String page, @QueryParam("size") String size,
                         @QueryParam("sort") String sort, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        Violations v = new Violations();
        SubmissionStatus wanted = QueryParams.enumParam(SubmissionStatus.class, status, "status", v);
        var criteria = new SubmissionService.Criteria(Text.trimToNull(plan), Text.trimToNull(orgUnit),
                Text.trimToNull(period), wanted);
        return tags.conditional(ifNoneMatch,
                service.list(criteria, PageRequest.of(page, size, sort, SORTABLE, "-updatedAt", v)));
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") long id) {
        return Responses.ok(service.get(id));
    }

    @POST
    @RolesAllowed(Role.REPORTER_ROLE)
    public Response create(SubmissionInput input) {
        return Responses.created(PATH, service.create(input));
    }

    @PUT
    @RolesAllowed(Role.REPORTER_ROLE)
    @Path("{id}")
    public Response update(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           SubmissionUpdate input) {
        return Responses.ok(service.update(id, ifMatch, input));
    }

    @DELETE
    @RolesAllowed(Role.REPORTER_ROLE)
    @Path("{id}")
    public void delete(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(id, ifMatch);
    }
}
