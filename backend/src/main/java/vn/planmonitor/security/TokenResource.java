package vn.planmonitor.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.planmonitor.common.Page;
import vn.planmonitor.common.PageRequest;

import java.net.URI;
import java.util.Map;

/** API tokens for third-party systems: created with a scope and an expiry, listed without secrets, revoked. */
@Path("/api/v1/tokens")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_ROLE)
public class TokenResource {

    private static final Map<String, String> SORTABLE = Map.of("name", "name", "expiresAt", "expiresAt", "id", "id");

    @Inject
    ApiTokenService service;

    @GET
    public Page<ApiTokenService.TokenView> list(@QueryParam("page") String page, @QueryParam("size") String size,
                                                @QueryParam("sort") String sort) {
        return service.list(PageRequest.of(page, size, sort, SORTABLE, "name"));
    }

    @POST
    public Response create(ApiTokenService.TokenInput input) {
        ApiTokenService.CreatedToken created = service.create(input);
        return Response.created(URI.create("/api/v1/tokens/" + created.token().id())).entity(created).build();
    }

    /** Revokes; the row stays, so the list shows when a token was revoked. */
    @DELETE
    @Path("{id}")
    public void revoke(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.revoke(id, ifMatch);
    }
}
