package vn.planmonitor.submission;

/**
 * Fired (synchronously, in the transaction) when a report's own content was written — created, its values
 * or comment edited (by the form or a bulk import), or a draft deleted — as opposed to its status, which
 * {@link ReportStatusChanged} announces. Plain values, not the entity: the bulk import writes with JDBC and
 * a deleted report has no entity left.
 */
public record ReportSaved(long reportId, String planCode, long unitId, String unitCode, String period, Kind kind) {

    public enum Kind { CREATED, UPDATED, DELETED }

    static ReportSaved of(Submission s, Kind kind) {
        return new ReportSaved(s.id, s.plan.code, s.orgUnit.id, s.orgUnit.code, s.periodCode, kind);
    }
}
