package vn.planmonitor.exchange;

import java.util.List;

/**
 * DHIS2's import summary: what happened to each row, counted, and every rejected row grouped by
 * reason. {@code ignored} includes the rejected rows, as in DHIS2.
 */
public record ImportSummary(String responseType, Status status, String description, boolean dryRun,
                            boolean atomic, ImportStrategy importStrategy, ImportCount importCount,
                            List<Conflict> conflicts) {

    public enum Status { SUCCESS, WARNING, ERROR }

    public record ImportCount(int imported, int updated, int ignored, int deleted) {
    }

    /**
     * One reason for refusing rows: {@code object} is what was wrong (a code, a period, a value),
     * {@code value} the explanation in the caller's language, {@code indexes} the rows it applies to.
     */
    public record Conflict(String object, String value, String errorCode, String property, List<Integer> indexes) {
    }
}
