package vn.planmonitor.completeness;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import vn.planmonitor.common.Text;
import vn.planmonitor.common.Violations;
import vn.planmonitor.orgunit.UnitType;
import vn.planmonitor.security.Role;

@Path("/api/v1/completeness")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.VIEWER_ROLE)
public class CompletenessResource {

    @Inject
    CompletenessService service;

    @GET
    public CompletenessView get(@QueryParam("plan") String plan, @QueryParam("period") String period,
                                @QueryParam("type") String type) {
        Violations v = new Violations();
        String unitType = UnitType.param(type, "type", v);
        v.throwIfAny();
        return service.of(Text.trimToNull(plan), Text.trimToNull(period), unitType);
    }
}
