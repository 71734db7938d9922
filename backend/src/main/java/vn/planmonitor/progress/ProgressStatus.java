package vn.planmonitor.progress;

/** The answer to "will this target be met?" (tình trạng): see {@link TargetStatusRule} for when each applies. */
public enum ProgressStatus {
    ACHIEVED, ON_TRACK, AT_RISK, OFF_TRACK, NO_DATA
}
