package vn.planmonitor.audit;

/**
 * What happened to a report. COMMENT is a message in the report's discussion (officer ↔ reviewer): on
 * the report as a whole ({@code field} null) or on one value ({@code field} the indicator's code).
 * It changes nothing in the report, but belongs to its history like every other step.
 */
public enum AuditAction {
    CREATE, UPDATE, DELETE, SUBMIT, APPROVE, RETURN, REOPEN, COMMENT
}
