package vn.planmonitor.security;

import io.quarkus.security.Authenticated;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import vn.planmonitor.common.ClientAddress;

import java.util.List;

/** Sign-in and sign-out for the app; the session token is then sent as {@code Authorization: Bearer}. */
@Path("/api/v1/session")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SessionResource {

    @Inject
    SignInService signIn;

    @Inject
    CallerScope scope;

    /** Who is calling, and what the app should offer them. */
    public record Me(String name, List<String> roles, List<String> unitCodes, UserView user) {
    }

    @POST
    @PermitAll
    public Response signIn(SignInService.Credentials credentials, @Context HttpServerRequest request) {
        // The bearer token is in the body: no cache, shared or private, may keep a copy.
        return Response.status(201).entity(signIn.signIn(credentials, ClientAddress.of(request)))
                .header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    @GET
    @Authenticated
    public Me me() {
        Caller caller = scope.caller();
        return signIn.describe(caller);
    }

    @DELETE
    @Authenticated
    public void signOut() {
        signIn.signOut(scope.caller());
    }
}
