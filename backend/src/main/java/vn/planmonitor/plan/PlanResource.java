package vn.planmonitor.plan;

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
import vn.planmonitor.common.Page;
import vn.planmonitor.common.PageRequest;
import vn.planmonitor.common.Responses;
import vn.planmonitor.security.Role;

import java.util.Map;
import vn.planmonitor.security.CallerScope;

@Path(PlanResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.VIEWER_ROLE)
public class PlanResource {

    static final String PATH = "/api/v1/plans";
    private static final Map<String, String> SORTABLE = Map.of("code", "code", "firstYear", "firstYear",
            "updatedAt", "updatedAt", "id", "id");

    @Inject
    PlanService service;

    @Inject
    CallerScope caller;

    @Inject
    PlanDefinitionService definitions;

    @GET
    public Page<PlanView> list(@QueryParam("page") String page, @QueryParam("size") String size,
                               @QueryParam("sort") String sort) {
        return service.list(PageRequest.of(page, size, sort, SORTABLE, "code"));
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") long id) {
        return Responses.ok(service.get(id));
    }

    @POST
    @RolesAllowed(Role.ADMIN_ROLE)
    public Response create(PlanInput input) {
        return Responses.created(PATH, service.create(input));
    }

    @PUT
    @RolesAllowed(Role.ADMIN_ROLE)
    @Path("{id}")
    public Response update(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           PlanInput input) {
        return Responses.ok(service.update(id, ifMatch, input));
    }

    @GET
    @RolesAllowed(Role.ADMIN_ROLE)
    @Path("{id}/definition")
    public PlanDefinition definition(@PathParam("id") long id) {
        return definitions.export(id);
    }

    @POST
    @RolesAllowed(Role.ADMIN_ROLE)
    @Path("{id}/copy")
    public Response copy(@PathParam("id") long id, PlanCopyInput input) {
        return Responses.created(PATH, definitions.copy(id, input));
    }

    @POST
    @RolesAllowed(Role.ADMIN_ROLE)
    @Path("{id}/publish")
    public Response publish(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return Responses.ok(service.publish(id, ifMatch, caller.name()));
    }

    @POST
    @RolesAllowed(Role.ADMIN_ROLE)
    @Path("{id}/unpublish")
    public Response unpublish(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return Responses.ok(service.unpublish(id, ifMatch));
    }

    @DELETE
    @RolesAllowed(Role.ADMIN_ROLE)
    @Path("{id}")
    public void delete(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(id, ifMatch);
    }
}
