package vn.planmonitor.changes;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import vn.planmonitor.common.EntityTags;
import vn.planmonitor.common.PageRequest;
import vn.planmonitor.common.Violations;
import vn.planmonitor.security.Role;

import java.util.OptionalLong;

/** The change feed: who may read reports may follow it (a reporter sees its own units' reports only). */
@Path("/api/v1/changes")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.REPORTER_ROLE, Role.READER_ROLE})
public class ChangeResource {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;

    @Inject
    ChangeService service;

    @Inject
    EntityTags tags;

    @GET
    public Response read(@QueryParam("after") String after, @QueryParam("limit") String limit,
                         @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        Violations v = new Violations();
        ChangeService.Start start = new ChangeService.Start(null, false);
        if ("now".equals(after)) {
            start = new ChangeService.Start(null, true);
        } else if (after != null) {
            OptionalLong seq = Cursors.parse(after);
            if (seq.isEmpty()) {
                v.add("after", "invalid-cursor");
            } else {
                start = new ChangeService.Start(seq.getAsLong(), false);
            }
        }
        int size = PageRequest.parseInt(limit, DEFAULT_LIMIT, "limit", 1, MAX_LIMIT, v);
        v.throwIfAny();
        return tags.conditional(ifNoneMatch, service.read(start, size));
    }
}
