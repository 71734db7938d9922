package vn.planmonitor.progress;

import vn.planmonitor.submission.SubmissionStatus;

import java.time.Instant;
import java.util.List;

/**
 * The answer of {@code GET /targets/{id}/progress} (the contract's {@code TargetProgressReport}): one
 * target's progress, with the same context fields as a plan's.
 */
public record TargetProgressResponse(String planCode, int from, int to, int currentYear,
                                     List<SubmissionStatus> countedStatuses, Instant generatedAt,
                                     TargetProgressView target) {
}
