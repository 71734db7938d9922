package vn.planmonitor.plan;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import vn.planmonitor.common.QueryParams;
import vn.planmonitor.common.Violations;
import vn.planmonitor.security.Role;

/** Import of a plan definition document (dry run or real); its export and the copy are on {@link PlanResource}. */
@Path("/api/v1/plan-definitions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_ROLE)
public class PlanDefinitionResource {

    @Inject
    PlanDefinitionService service;

    @POST
    public DefinitionSummary importDefinition(@QueryParam("dryRun") String dryRun, PlanDefinition document) {
        Violations v = new Violations();
        Boolean dry = QueryParams.booleanParam(dryRun, "dryRun", v);
        v.throwIfAny();
        return service.importDefinition(document, dry != null && dry);
    }
}
