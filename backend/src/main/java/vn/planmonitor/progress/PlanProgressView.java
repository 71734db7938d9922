package vn.planmonitor.progress;

import vn.planmonitor.submission.SubmissionStatus;

import java.time.Instant;
import java.util.List;

/** Every target of a plan, in the plan's order. */
public record PlanProgressView(String planCode, int from, int to, int currentYear,
                               List<SubmissionStatus> countedStatuses, Instant generatedAt,
                               List<TargetProgressView> targets) {

    /** The same figures, stated as of {@code now}: an answer given again is still true now. */
    PlanProgressView at(Instant now) {
        return new PlanProgressView(planCode, from, to, currentYear, countedStatuses, now, targets);
    }
}
