package vn.planmonitor.orgunit;

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

@Path(UnitTypeResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.VIEWER_ROLE)
public class UnitTypeResource {

    static final String PATH = "/api/v1/unit-types";
    private static final Map<String, String> SORTABLE = Map.of("sortOrder", "sortOrder", "code", "code",
            "nameVi", "nameVi", "nameEn", "nameEn", "id", "id");

    @Inject
    UnitTypeService service;

    @GET
    public Page<UnitTypeView> list(@QueryParam("page") String page, @QueryParam("size") String size,
                                   @QueryParam("sort") String sort) {
        return service.list(PageRequest.of(page, size, sort, SORTABLE, "sortOrder"));
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") long id) {
        return Responses.ok(service.get(id));
    }

    @POST
    @RolesAllowed(Role.ADMIN_ROLE)
    public Response create(UnitTypeInput input) {
        return Responses.created(PATH, service.create(input));
    }

    @PUT
    @RolesAllowed(Role.ADMIN_ROLE)
    @Path("{id}")
    public Response update(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           UnitTypeInput input) {
        return Responses.ok(service.update(id, ifMatch, input));
    }

    @DELETE
    @RolesAllowed(Role.ADMIN_ROLE)
    @Path("{id}")
    public void delete(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(id, ifMatch);
    }
}
