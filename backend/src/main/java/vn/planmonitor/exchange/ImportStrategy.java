package vn.planmonitor.exchange;

/** DHIS2's import strategies: what to do with a value that is (or is not) already stored. */
public enum ImportStrategy {
    /** Only new values; a value already stored is ignored. */
    CREATE,
    /** Only values already stored; a new one is ignored. */
    UPDATE,
    /** Both (the default). */
    CREATE_AND_UPDATE,
    /** Every row removes its value, whatever the row's value says. */
    DELETE
}
