package vn.planmonitor.period;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import vn.planmonitor.common.ApiException;
import vn.planmonitor.common.PageRequest;
import vn.planmonitor.common.Violation;
import vn.planmonitor.common.Violations;
import vn.planmonitor.security.Role;

import java.util.List;

@Path("/api/v1/periods")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.VIEWER_ROLE)
public class PeriodResource {

    /** Fifty years covers any plan; a longer listing is almost certainly a mistaken parameter. */
    static final int MAX_YEARS = 50;

    public record PeriodList(List<PeriodView> items) {
    }

    @GET
    public PeriodList list(@QueryParam("type") String type, @QueryParam("from") String from,
                           @QueryParam("to") String to) {
        Violations violations = new Violations();
        PeriodType periodType = PeriodType.YEARLY;
        if (type != null && !type.isBlank()) {
            try {
                periodType = PeriodType.valueOf(type.trim());
            } catch (IllegalArgumentException e) {
                violations.add("type", "not-one-of", "YEARLY, QUARTERLY, MONTHLY");
            }
        }
        violations.required("from", from).required("to", to);
        int fromYear = PageRequest.parseInt(from, 0, "from", Period.MIN_YEAR, Period.MAX_YEAR, violations);
        int toYear = PageRequest.parseInt(to, 0, "to", Period.MIN_YEAR, Period.MAX_YEAR, violations);
        violations.throwIfAny();
        if (toYear < fromYear) {
            throw ApiException.validation(List.of(new Violation("to", "before-from")));
        }
        if (toYear - fromYear + 1 > MAX_YEARS) {
            throw ApiException.validation(List.of(new Violation("to", "range-too-long",
                    MAX_YEARS)));
        }
        return new PeriodList(Period.between(periodType, fromYear, toYear).stream().map(PeriodView::of).toList());
    }
}
