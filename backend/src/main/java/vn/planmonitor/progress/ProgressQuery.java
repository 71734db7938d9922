package vn.planmonitor.progress;

import vn.planmonitor.common.QueryParams;
import vn.planmonitor.common.Text;
import vn.planmonitor.common.Violations;
import vn.planmonitor.plan.YearRange;

/**
 * What a progress request asks for, parsed from its query parameters by the resource: the years
 * ({@code null}: the plan's first or last), whether reports waiting for review count (provisionally),
 * and whether to break each shown period down by unit ({@code null}: the endpoint's default — a plan
 * without, a target with). The years are checked against the plan by the service.
 */
public record ProgressQuery(Integer from, Integer to, boolean includeSubmitted, Boolean units) {

    /** Every year of the plan, approved reports only, the endpoint's default breakdown. */
    public static final ProgressQuery DEFAULT = new ProgressQuery(null, null, false, null);

    /** Every problem of the parameters at once, as one 400. */
    public static ProgressQuery parse(String from, String to, String include, String units) {
        Violations v = new Violations();
        Integer first = YearRange.parseYear(from, "from", v);
        Integer last = YearRange.parseYear(to, "to", v);
        String wanted = Text.trimToNull(include);
        if (wanted != null && !"submitted".equals(wanted)) {
            v.add("include", "not-one-of", "submitted");
        }
        Boolean withUnits = QueryParams.booleanParam(units, "units", v);
        v.throwIfAny();
        return new ProgressQuery(first, last, "submitted".equals(wanted), withUnits);
    }

    public ProgressQuery withUnits(boolean units) {
        return new ProgressQuery(from, to, includeSubmitted, units);
    }
}
