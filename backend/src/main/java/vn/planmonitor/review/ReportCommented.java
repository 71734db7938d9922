package vn.planmonitor.review;

import vn.planmonitor.submission.Submission;

/**
 * A message was added to a report's discussion, fired in the comment's transaction. {@code byReviewer}: the
 * author writes as a reviewer (a reviewer or an admin), so the other side is the unit's officers; otherwise
 * the author is one of the unit's officers (or its WRITE token) and the other side is the reviewers.
 */
public record ReportCommented(Submission report, String author, boolean byReviewer, String text) {
}
