package vn.planmonitor.security;

/**
 * What an account may do. The names are also the role strings checked by {@code @RolesAllowed}.
 * READER is never an account's role: it is what a read-only API token adds to VIEWER, so another
 * system can read reports without being allowed to change anything.
 */
public enum Role {
    ADMIN, REVIEWER, REPORTER, VIEWER;

    public static final String ADMIN_ROLE = "ADMIN";
    public static final String REVIEWER_ROLE = "REVIEWER";
    public static final String REPORTER_ROLE = "REPORTER";
    public static final String VIEWER_ROLE = "VIEWER";
    public static final String READER_ROLE = "READER";
}
