package vn.planmonitor.review;

/** A message in a report's discussion; {@code indicatorCode} set: about that one value. */
public record ReportCommentInput(String text, String indicatorCode) {
}
