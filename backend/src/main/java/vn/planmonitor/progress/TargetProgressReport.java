package vn.planmonitor.progress;

import vn.planmonitor.submission.SubmissionStatus;

import java.time.Instant;
import java.util.List;

/** One target's progress, with the same context fields as the plan's. */
public record TargetProgressReport(String planCode, int from, int to, int currentYear,
                                   List<SubmissionStatus> countedStatuses, Instant generatedAt,
                                   TargetProgressView target) {
}
