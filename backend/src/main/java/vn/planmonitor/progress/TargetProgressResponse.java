package vn.planmonitor.progress;

import vn.planmonitor.submission.SubmissionStatus;

import java.time.Instant;
import java.util.List;

/**
 * The answer of {@code GET /targets/{id}/progress} (the contract's {@code TargetProgressReport}): one
 * target's progress in the shape of a plan's ({@link PlanProgressView}, the target as the one element of
 * {@code targets}), so clients read both answers alike; {@code target} repeats it for older clients.
 */
public record TargetProgressResponse(String planCode, int from, int to, int currentYear,
                                     List<SubmissionStatus> countedStatuses, Instant generatedAt,
                                     List<TargetProgressView> targets, TargetProgressView target) {

    public TargetProgressResponse(String planCode, int from, int to, int currentYear,
                                  List<SubmissionStatus> countedStatuses, Instant generatedAt,
                                  TargetProgressView target) {
        this(planCode, from, to, currentYear, countedStatuses, generatedAt, List.of(target), target);
    }

    /** The same figures, stated as of {@code now}: an answer given again is still true now. */
    TargetProgressResponse at(Instant now) {
        return new TargetProgressResponse(planCode, from, to, currentYear, countedStatuses, now, targets, target);
    }
}
