package vn.planmonitor.audit;

/** What happened to a report. */
public enum AuditAction {
    CREATE, UPDATE, DELETE, SUBMIT, APPROVE, RETURN, REOPEN
}
