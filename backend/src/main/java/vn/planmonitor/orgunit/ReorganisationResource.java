package vn.planmonitor.orgunit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.planmonitor.security.Role;

@Path("/api/v1/reorganisations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_ROLE)
public class ReorganisationResource {

    @Inject
    ReorganisationService service;

    @POST
    public Response record(ReorganisationInput input) {
        return Response.status(Response.Status.CREATED).entity(service.record(input)).build();
    }
}
