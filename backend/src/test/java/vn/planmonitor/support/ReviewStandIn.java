package vn.planmonitor.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.planmonitor.progress.ProgressCells;
import vn.planmonitor.submission.Submission;
import vn.planmonitor.submission.SubmissionStatus;

import java.time.Instant;

/**
 * Sets a report's status directly, in its own transaction. The progress tests use deliberately
 * partial reports (one or two indicators) to keep their arithmetic small, and the real submit action
 * would refuse those as incomplete; this stands in for submit and review there, stamping the first
 * submission the way the workflow does, and keeping the progress cells in step as the workflow does.
 */
@ApplicationScoped
public class ReviewStandIn {

    @Inject
    ProgressCells cells;

    @Transactional
    public void setStatus(long submissionId, SubmissionStatus status) {
        Submission submission = Submission.findById(submissionId);
        cells.change(submission, () -> {
            submission.status = status;
            if (status != SubmissionStatus.DRAFT && submission.firstSubmittedAt == null) {
                submission.firstSubmittedAt = Instant.now();
                submission.submittedAt = submission.firstSubmittedAt;
            }
        });
    }
}
