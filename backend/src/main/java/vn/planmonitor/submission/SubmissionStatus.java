package vn.planmonitor.submission;

/** Where a report stands in review. Only DRAFT and RETURNED reports can be edited by their unit. */
public enum SubmissionStatus {
    DRAFT, SUBMITTED, RETURNED, APPROVED;

    public boolean isEditable() {
        return this == DRAFT || this == RETURNED;
    }
}
