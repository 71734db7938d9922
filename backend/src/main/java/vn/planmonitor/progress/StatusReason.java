package vn.planmonitor.progress;

/** Which branch of {@link TargetStatusRule} gave the status, so a client can explain it in its own words. */
public enum StatusReason {
    /** No year of the plan (up to the current year) has a district figure. */
    NO_FIGURES,
    /** EVERY_YEAR: every year from the plan's first year to the latest year with data met the threshold. */
    EVERY_YEAR_MET,
    /** EVERY_YEAR: the latest year with data missed the threshold. */
    LATEST_YEAR_MISSED,
    /** EVERY_YEAR: the latest year with data met it, but an earlier year missed it or has no figure. */
    EARLIER_YEAR_MISSED,
    /** BY_YEAR: the latest judged figure (up to the due year) already meets the threshold, in its direction. */
    THRESHOLD_REACHED,
    /** BY_YEAR: the due year is over and its figure, or the latest before it, missed the threshold. */
    DUE_YEAR_MISSED,
    /** BY_YEAR: the trend projected to the due year meets the threshold (for AT_MOST: falls to it). */
    PROJECTION_MEETS,
    /** BY_YEAR: the trend projected to the due year misses the threshold by at most a tenth of it. */
    PROJECTION_NEAR,
    /** BY_YEAR: the trend projected to the due year misses the threshold by more than a tenth of it. */
    PROJECTION_SHORT,
    /** BY_YEAR: only one year has a figure, below the threshold: too little to draw a trend. */
    SINGLE_YEAR,
    /** CUMULATIVE: the running sum meets the straight share of the threshold for the years gone. */
    PACE_MET,
    /** CUMULATIVE: the running sum misses that share by at most a tenth of it. */
    PACE_NEAR,
    /** CUMULATIVE: the running sum misses that share by more. */
    PACE_SHORT,
    /** MILESTONES: the due year's figure meets the target's own threshold, the final milestone. */
    FINAL_MILESTONE_MET,
    /** MILESTONES: the latest judged milestone year met its milestone. */
    MILESTONE_MET,
    /** MILESTONES: the latest judged milestone year missed its milestone, but the trend read at the due year meets the final one. */
    MILESTONE_MISSED_CATCHING_UP,
    /** MILESTONES: the latest judged milestone year missed its milestone, and the trend does not reach the final one (or there is no trend). */
    MILESTONE_MISSED
}
