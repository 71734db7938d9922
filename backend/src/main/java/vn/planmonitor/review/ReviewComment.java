package vn.planmonitor.review;

/** The body of a review action: a comment, required when returning or reopening a report. */
public record ReviewComment(String comment) {
}
