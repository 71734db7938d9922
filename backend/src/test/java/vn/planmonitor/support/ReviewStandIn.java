package vn.planmonitor.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.planmonitor.submission.Submission;
import vn.planmonitor.submission.SubmissionStatus;

/**
 * Stands in for the review actions (submit, return, approve) until the review workflow offers them
 * through the API: sets a report's status directly, the way an approval will, in its own transaction.
 * Replace its uses with the real endpoints once they exist.
 */
@ApplicationScoped
public class ReviewStandIn {

    @Transactional
    public void setStatus(long submissionId, SubmissionStatus status) {
        Submission submission = Submission.findById(submissionId);
        submission.status = status;
    }
}
