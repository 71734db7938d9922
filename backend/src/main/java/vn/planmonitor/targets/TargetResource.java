package vn.planmonitor.targets;

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
import vn.planmonitor.common.Text;
import vn.planmonitor.common.Page;
import vn.planmonitor.common.PageRequest;
import vn.planmonitor.common.Responses;
import vn.planmonitor.security.Role;

import java.util.Map;

@Path(TargetResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.VIEWER_ROLE)
public class TargetResource {

    static final String PATH = "/api/v1/targets";
    private static final Map<String, String> SORTABLE = Map.of("code", "code", "sortOrder", "sortOrder",
            "updatedAt", "updatedAt", "id", "id");

    @Inject
    TargetService service;

    @GET
    public Page<TargetView> list(@QueryParam("plan") String plan, @QueryParam("indicator") String indicator,
                                 @QueryParam("page") String page, @QueryParam("size") String size,
                                 @QueryParam("sort") String sort) {
        return service.list(Text.trimToNull(plan), Text.trimToNull(indicator),
                PageRequest.of(page, size, sort, SORTABLE, "sortOrder"));
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") long id) {
        return Responses.ok(service.get(id));
    }

    @GET
    @Path("{id}/revisions")
    public TargetRevisionList revisions(@PathParam("id") long id) {
        return service.revisions(id);
    }

    @POST
    @RolesAllowed(Role.ADMIN_ROLE)
    public Response create(TargetInput input) {
        return Responses.created(PATH, service.create(input));
    }

    @PUT
    @RolesAllowed(Role.ADMIN_ROLE)
    @Path("{id}")
    public Response update(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           TargetInput input) {
        return Responses.ok(service.update(id, ifMatch, input));
    }

    @DELETE
    @RolesAllowed(Role.ADMIN_ROLE)
    @Path("{id}")
    public void delete(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(id, ifMatch);
    }

}
