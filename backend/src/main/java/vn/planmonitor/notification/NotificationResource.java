package vn.planmonitor.notification;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import vn.planmonitor.common.Page;
import vn.planmonitor.common.PageRequest;
import vn.planmonitor.common.QueryParams;
import vn.planmonitor.common.Violations;
import vn.planmonitor.security.CallerScope;

import java.util.Map;

/** The signed-in person's inbox: newest first, optionally unread only; read one by one or all at once. */
@Path("/api/v1/notifications")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class NotificationResource {

    private static final Map<String, String> SORTABLE = Map.of("createdAt", "createdAt", "id", "id");

    @Inject
    NotificationService service;

    @Inject
    CallerScope scope;

    @GET
    public Page<NotificationView> list(@QueryParam("unread") String unread, @QueryParam("page") String page,
                                       @QueryParam("size") String size, @QueryParam("sort") String sort) {
        Violations v = new Violations();
        Boolean unreadOnly = QueryParams.booleanParam(unread, "unread", v);
        PageRequest request = PageRequest.of(page, size, sort, SORTABLE, "-createdAt", v);
        return service.list(scope.caller(), Boolean.TRUE.equals(unreadOnly), request);
    }

    @GET
    @Path("unread-count")
    public NotificationView.UnreadCount unreadCount() {
        return service.unread(scope.caller());
    }

    @POST
    @Path("{id}/read")
    public NotificationView markRead(@PathParam("id") long id) {
        return service.markRead(scope.caller(), id);
    }

    @POST
    @Path("read-all")
    public NotificationView.UnreadCount markAllRead() {
        return service.markAllRead(scope.caller());
    }
}
