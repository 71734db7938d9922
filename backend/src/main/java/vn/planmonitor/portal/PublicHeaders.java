package vn.planmonitor.portal;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * The public API may be read from any site (the district news site embeds its charts): reads of
 * {@code /api/v1/public/} answer {@code Access-Control-Allow-Origin: *}. Nothing else is opened: no
 * credentials are involved, and the rest of the API keeps the same-origin default.
 */
public class PublicHeaders {

    static final String PREFIX = "/api/v1/public/";

    @ServerResponseFilter
    public void cors(ContainerRequestContext request, ContainerResponseContext response) {
        String method = request.getMethod();
        String path = request.getUriInfo().getRequestUri().getRawPath();
        if (path != null && path.startsWith(PREFIX) && ("GET".equals(method) || "HEAD".equals(method))) {
            response.getHeaders().putSingle("Access-Control-Allow-Origin", "*");
            response.getHeaders().putSingle("Access-Control-Expose-Headers", "Content-Disposition");
        }
    }
}
