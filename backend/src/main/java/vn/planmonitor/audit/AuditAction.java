package vn.planmonitor.audit;

/**
 * What happened to a report. COMMENT is a message in the report's discussion (officer ↔ reviewer): on
 * the report as a whole ({@code field} null) or on one value ({@code field} the indicator's code).
 * It changes nothing in the report, but belongs to its history like every other step. ATTACH and DETACH: a
 * file added to or removed from the report's evidence ({@code field} the indicator's code or null, the file's
 * name as {@code newValue} or {@code oldValue}).
 */
public enum AuditAction {
    CREATE, UPDATE, DELETE, SUBMIT, APPROVE, RETURN, REOPEN, COMMENT, ATTACH, DETACH
}
