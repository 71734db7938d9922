package vn.planmonitor.progress;

import vn.planmonitor.common.PageRequest;
import vn.planmonitor.common.Violations;
import vn.planmonitor.period.Period;
import vn.planmonitor.plan.Plan;

/** The {@code from}/{@code to} years of a progress request: the plan's years by default, never outside them. */
record YearRange(int from, int to) {

    /** Records every problem in {@code v}; the caller throws once all parameters are checked. */
    static YearRange parse(Plan plan, String from, String to, Violations v) {
        int first = year(plan, from, plan.firstYear, "from", v);
        int last = year(plan, to, plan.lastYear, "to", v);
        if (!v.has("from") && !v.has("to") && last < first) {
            v.add("to", "before-from");
        }
        return new YearRange(first, last);
    }

    private static int year(Plan plan, String raw, int fallback, String field, Violations v) {
        int year = PageRequest.parseInt(raw, fallback, field, Period.MIN_YEAR, Period.MAX_YEAR, v);
        if (!v.has(field) && (year < plan.firstYear || year > plan.lastYear)) {
            v.add(field, "outside-plan", plan.firstYear, plan.lastYear);
        }
        return year;
    }

    boolean contains(int year) {
        return year >= from && year <= to;
    }
}
