package vn.planmonitor.targets;

/** EVERY_YEAR: the threshold must be reached in each year of the plan. BY_YEAR: reached by the due year. */
public enum TargetTiming {
    EVERY_YEAR, BY_YEAR
}
