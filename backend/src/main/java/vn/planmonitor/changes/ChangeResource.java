package vn.planmonitor.changes;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import vn.planmonitor.common.ConditionalGet;
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

    @GET
    @ConditionalGet
    public ChangePage read(@QueryParam("after") String after, @QueryParam("limit") String limit) {
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
        int size = DEFAULT_LIMIT;
        if (limit != null) {
            try {
                size = Integer.parseInt(limit.trim());
            } catch (NumberFormatException e) {
                size = -1;
            }
            if (size < 1 || size > MAX_LIMIT) {
                v.add("limit", "out-of-range", 1, MAX_LIMIT);
            }
        }
        v.throwIfAny();
        return service.read(start, size);
    }
}
