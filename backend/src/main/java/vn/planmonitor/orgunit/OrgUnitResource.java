package vn.planmonitor.orgunit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import vn.planmonitor.common.QueryParams;
import vn.planmonitor.common.Text;
import vn.planmonitor.common.Page;
import vn.planmonitor.common.PageRequest;
import vn.planmonitor.common.Responses;
import vn.planmonitor.common.Violations;
import vn.planmonitor.security.Role;

import java.util.List;
import java.util.Map;

@Path(OrgUnitResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.VIEWER_ROLE)
public class OrgUnitResource {

    static final String PATH = "/api/v1/org-units";
    static final String GEO_JSON = "application/geo+json";
    private static final Map<String, String> SORTABLE = Map.of("code", "code", "nameVi", "nameVi",
            "nameEn", "nameEn", "type", "type", "updatedAt", "updatedAt", "id", "id");

    @Inject
    OrgUnitService service;

    @Inject
    BoundaryService boundaries;

    @Inject
    ReorganisationService reorganisations;

    @GET
    public Page<OrgUnitView> list(@QueryParam("type") String type, @QueryParam("parent") String parent,
                                  @QueryParam("active") String active, @QueryParam("q") String text,
                                  @QueryParam("page") String page, @QueryParam("size") String size,
                                  @QueryParam("sort") String sort) {
        Violations v = new Violations();
        String unitType = UnitType.param(type, "type", v);
        Boolean activeOnly = QueryParams.booleanParam(active, "active", v);
        return service.list(unitType, Text.trimToNull(parent), activeOnly, text,
                PageRequest.of(page, size, sort, SORTABLE, "code", v));
    }

    /** Every unit's shape on the map, as a GeoJSON FeatureCollection (empty when none was uploaded). */
    @GET
    @Path("boundaries")
    public ObjectNode boundaries() {
        return boundaries.all();
    }

    /** Replaces the units' shapes with a GeoJSON FeatureCollection; {@code dryRun=true} only says what would change. */
    @PUT
    @RolesAllowed(Role.ADMIN_ROLE)
    @Path("boundaries")
    @Consumes({MediaType.APPLICATION_JSON, GEO_JSON})
    public BoundaryUploadView uploadBoundaries(@QueryParam("dryRun") String dryRun,
                                               @QueryParam("property") String property, JsonNode collection) {
        Violations v = new Violations();
        Boolean dry = QueryParams.booleanParam(dryRun, "dryRun", v);
        v.throwIfAny();
        return boundaries.upload(collection, property, Boolean.TRUE.equals(dry));
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") long id) {
        return Responses.ok(service.get(id));
    }

    @GET
    @Path("{id}/subtree")
    public List<OrgUnitView> subtree(@PathParam("id") long id) {
        return service.subtree(id);
    }

    @GET
    @Path("{id}/lineage")
    public LineageView lineage(@PathParam("id") long id) {
        return reorganisations.lineage(id);
    }

    @POST
    @RolesAllowed(Role.ADMIN_ROLE)
    public Response create(OrgUnitInput input) {
        return Responses.created(PATH, service.create(input));
    }

    @PUT
    @RolesAllowed(Role.ADMIN_ROLE)
    @Path("{id}")
    public Response update(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           OrgUnitInput input) {
        return Responses.ok(service.update(id, ifMatch, input));
    }

    @DELETE
    @RolesAllowed(Role.ADMIN_ROLE)
    @Path("{id}")
    public void delete(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(id, ifMatch);
    }

}
