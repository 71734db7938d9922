package vn.planmonitor.security;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.planmonitor.common.Responses;

/** The signed-in person's own settings (notification mails); every account may change its own. */
@Path("/api/v1/profile")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
public class ProfileResource {

    @Inject
    ProfileService service;

    @Inject
    CallerScope scope;

    @GET
    public Response get() {
        return Responses.ok(service.get(scope.caller()));
    }

    @PUT
    public Response update(@HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, ProfileInput input) {
        return Responses.ok(service.update(scope.caller(), ifMatch, input));
    }
}
