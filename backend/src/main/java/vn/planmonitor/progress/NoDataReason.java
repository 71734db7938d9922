package vn.planmonitor.progress;

/**
 * Why a period has no district figure. A figure of "no data" is never shown as 0% (or NaN): a leader
 * reading 0% would conclude that nothing was done, when in fact nothing was reported.
 */
public enum NoDataReason {
    /** No unit reports the indicator in this period (no active reporting unit, and nobody reported). */
    NO_UNITS_EXPECTED,
    /** Units were expected, but none of their reports counts (missing, draft, returned, or pending without include=submitted). */
    NO_REPORTS,
    /** RATIO_OF_SUMS: reports came in, but their denominators add up to 0, so there is no ratio to show. */
    ZERO_DENOMINATOR,
    /** The period lies after the current year: nothing can have been reported for it yet. */
    FUTURE_PERIOD
}
