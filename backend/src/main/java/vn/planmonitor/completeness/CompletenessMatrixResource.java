package vn.planmonitor.completeness;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import vn.planmonitor.common.Violations;
import vn.planmonitor.orgunit.UnitType;
import vn.planmonitor.plan.YearRange;
import vn.planmonitor.security.Role;

/** A plan's units × years: who has reported. Computed live, so no ETag. */
@Path("/api/v1/plans/{id}/completeness-matrix")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.VIEWER_ROLE)
public class CompletenessMatrixResource {

    @Inject
    CompletenessService service;

    @GET
    public CompletenessMatrixView get(@PathParam("id") long id, @QueryParam("type") String type,
                                      @QueryParam("from") String from, @QueryParam("to") String to) {
        Violations v = new Violations();
        var query = new CompletenessService.MatrixQuery(UnitType.param(type, "type", v),
                YearRange.parseYear(from, "from", v), YearRange.parseYear(to, "to", v));
        v.throwIfAny();
        return service.matrix(id, query);
    }
}
