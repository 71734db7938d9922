package vn.planmonitor.plan;

import vn.planmonitor.common.PageRequest;
import vn.planmonitor.common.Violations;
import vn.planmonitor.period.Period;

/**
 * The {@code from}/{@code to} years of a request over a plan's years (progress, the completeness
 * matrix): the plan's years by default, never outside them. Read in two steps — the resource parses
 * the text ({@link #parseYear}), the service checks the years against the plan ({@link #of}) — so a
 * service never sees a raw query string.
 */
public record YearRange(int from, int to) {

    /**
     * A year as a query parameter: blank means "not given"; otherwise a whole number within the calendars
     * the app knows. Records a problem in {@code v} and answers null for anything else, so the plan's own
     * year stands in and no second problem is reported for the same field.
     */
    public static Integer parseYear(String raw, String field, Violations v) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        int year = PageRequest.parseInt(raw, 0, field, Period.MIN_YEAR, Period.MAX_YEAR, v);
        return v.has(field) ? null : year;
    }

    /**
     * The years asked for, within the plan; {@code null} for either end means the plan's first or last
     * year. Records every problem in {@code v}; the caller throws once all parameters are checked.
     */
    public static YearRange of(Plan plan, Integer from, Integer to, Violations v) {
        int first = year(plan, from, plan.firstYear, "from", v);
        int last = year(plan, to, plan.lastYear, "to", v);
        if (!v.has("from") && !v.has("to") && last < first) {
            v.add("to", "before-from");
        }
        return new YearRange(first, last);
    }

    private static int year(Plan plan, Integer asked, int fallback, String field, Violations v) {
        int year = asked == null ? fallback : asked;
        if (year < plan.firstYear || year > plan.lastYear) {
            v.add(field, "outside-plan", plan.firstYear, plan.lastYear);
        }
        return year;
    }

    public boolean contains(int year) {
        return year >= from && year <= to;
    }
}
