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
    FUTURE_PERIOD,
    /** Compared with a baseline (K8, K9): the baseline year has no figure, so nothing to compare with. */
    NO_BASELINE,
    /** Compared with a baseline in percent (K8) or as growth (K9): the baseline is 0, the change undefined. */
    BASELINE_ZERO,
    /** Compared with a baseline: the year is the baseline year or before it. */
    BEFORE_BASELINE,
    /**
     * Average annual growth (K9) of a figure that can go below 0 (a derived A − B): with the figure or the
     * baseline negative their ratio has no real root, so there is no growth rate — never a made-up one.
     */
    NEGATIVE_FIGURE
}
