package vn.planmonitor.webhook;

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

/** Webhook endpoints and their delivery logs — admin only. */
@Path(WebhookResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_ROLE)
public class WebhookResource {

    static final String PATH = "/api/v1/webhooks";
    private static final Map<String, String> SORTABLE = Map.of("id", "id", "url", "url");

    @Inject
    WebhookService service;

    @GET
    public Page<WebhookView> list(@QueryParam("page") String page, @QueryParam("size") String size,
                                  @QueryParam("sort") String sort) {
        return service.list(PageRequest.of(page, size, sort, SORTABLE, "id"));
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") long id) {
        return Responses.ok(service.get(id));
    }

    @POST
    public Response create(WebhookInput input) {
        return Responses.created(PATH, service.create(input));
    }

    @PUT
    @Path("{id}")
    public Response update(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           WebhookInput input) {
        return Responses.ok(service.update(id, ifMatch, input));
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(id, ifMatch);
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/deliveries")
    public Page<WebhookDeliveryView> deliveries(@PathParam("id") long id, @QueryParam("page") String page,
                                                @QueryParam("size") String size) {
        return service.deliveries(id, PageRequest.of(page, size, null, Map.of("id", "id"), "id"));
    }
}
