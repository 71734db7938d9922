package vn.planmonitor.portal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import vn.planmonitor.common.ClientAddress;
import vn.planmonitor.common.Problem;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The public portal, read-only and anonymous: published plans, approved figures, view counters.
 * An unpublished or unknown plan answers 404, never 403, so drafts are not revealed.
 */
@Path("/api/v1/public")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class PublicResource {

    /** Sent by the SPA: a random id it keeps in localStorage, so reloads are recognised without cookies. */
    static final String VISITOR = "X-Visitor";
    static final String SOURCE_TYPE = "text/plain;charset=UTF-8";

    @Inject
    PublicPortalService service;

    @GET
    @Path("plans")
    public PublicViews.PlanList plans() {
        return service.plans();
    }

    @GET
    @Path("plans/{code}")
    public PublicViews.PlanPage plan(@PathParam("code") String code) {
        return service.plan(code);
    }

    @GET
    @Path("plans/{code}/targets/{targetCode}")
    public PublicViews.TargetPage target(@PathParam("code") String code, @PathParam("targetCode") String targetCode) {
        return service.target(code, targetCode);
    }

    /**
     * The map shapes of the units on a target's page (only theirs, and only their code and names besides
     * the shape), as a GeoJSON FeatureCollection; empty when none was uploaded, so the page draws no map.
     */
    @GET
    @Path("plans/{code}/targets/{targetCode}/boundaries")
    public ObjectNode boundaries(@PathParam("code") String code, @PathParam("targetCode") String targetCode) {
        return service.boundaries(code, targetCode);
    }

    @GET
    @Path("plans/{code}/targets/{targetCode}/data.csv")
    // Generated clients ask for every type the contract lists, errors included (some send only the
    // problem type): a download answers its own type whatever they list, and errors as problems.
    @Produces({"text/csv;charset=UTF-8", Problem.MEDIA_TYPE})
    public Response csv(@PathParam("code") String code, @PathParam("targetCode") String targetCode) {
        PublicViews.TargetPage page = service.target(code, targetCode);
        return Response.ok(PublicCsv.of(page), "text/csv;charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + page.plan().code() + "-"
                        + page.target().code() + ".csv\"")
                .build();
    }

    /**
     * The plan's source document (văn bản gốc) as stored with the plan, as plain text: a public plan
     * whose source has no public address still links to it. Shown in the browser, not downloaded.
     */
    @GET
    @Path("plans/{code}/source")
    @Produces({SOURCE_TYPE, Problem.MEDIA_TYPE})
    public Response source(@PathParam("code") String code) {
        PublicViews.SourceText source = service.source(code);
        return Response.ok(source.text(), SOURCE_TYPE)
                .header("Content-Disposition", "inline; filename=\"" + source.planCode() + "-source.txt\"")
                .build(); // X-Content-Type-Options: nosniff, as on every response (SecurityHeaders)
    }

    @POST
    @Path("visits")
    @Consumes(MediaType.APPLICATION_JSON)
    public PublicViews.VisitCounts visit(PublicViews.Visit visit, @HeaderParam(VISITOR) String visitor,
                                         @HeaderParam(HttpHeaders.USER_AGENT) String userAgent,
                                         @Context HttpServerRequest request) {
        return service.visit(visit, ViewCounters.clientHash(visitor, ClientAddress.of(request), userAgent));
    }
}
