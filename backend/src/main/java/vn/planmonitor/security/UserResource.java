package vn.planmonitor.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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

import java.util.Map;

/** Accounts. Deactivate rather than delete: the audit trail keeps naming the people who acted. */
@Path(UserResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_ROLE)
public class UserResource {

    static final String PATH = "/api/v1/users";
    private static final Map<String, String> SORTABLE = Map.of("username", "username", "role", "role", "id", "id");

    @Inject
    UserService service;

    @GET
    public Page<UserView> list(@QueryParam("page") String page, @QueryParam("size") String size,
                               @QueryParam("sort") String sort) {
        return service.list(PageRequest.of(page, size, sort, SORTABLE, "username"));
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") long id) {
        return Responses.ok(service.get(id));
    }

    @POST
    public Response create(UserInput input) {
        return Responses.created(PATH, service.create(input));
    }

    @PUT
    @Path("{id}")
    public Response update(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           UserInput input) {
        return Responses.ok(service.update(id, ifMatch, input));
    }
}
