package vn.planmonitor.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.planmonitor.submission.ReportStatusChanges;
import vn.planmonitor.submission.Submission;
import vn.planmonitor.submission.SubmissionStatus;

import java.time.Instant;

/**
 * Sets a report's status directly, in its own transaction. The progress tests use deliberately
 * partial reports (one or two indicators) to keep their arithmetic small, and the real submit action
 * would refuse those as incomplete; this stands in for submit and review there, stamping the first
 * submission the way the workflow does, and announcing the change as the workflow does (so the progress
 * cells follow).
 */
@ApplicationScoped
public class ReviewStandIn {

    @Inject
    ReportStatusChanges statusChanges;

    @Transactional
    public void setStatus(long submissionId, SubmissionStatus status) {
        Submission submission = Submission.findById(submissionId);
        statusChanges.run(submission, () -> {
            submission.status = status;
            if (status != SubmissionStatus.DRAFT && submission.firstSubmittedAt == null) {
                submission.firstSubmittedAt = Instant.now();
                submission.submittedAt = submission.firstSubmittedAt;
            }
        });
    }
}
