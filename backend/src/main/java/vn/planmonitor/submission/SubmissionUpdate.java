package vn.planmonitor.submission;

import java.util.List;

/** A change to a report's content: the values replace the stored ones. Plan, unit and period are fixed. */
public record SubmissionUpdate(String comment, List<SubmissionInput.ValueInput> values) {
}
