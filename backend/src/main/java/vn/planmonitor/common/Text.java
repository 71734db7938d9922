package vn.planmonitor.common;

/** Optional text — a query parameter, a comment, a cell of an imported file. */
public final class Text {

    private Text() {
    }

    /** Blank means "not given": null; otherwise the text without surrounding white space. */
    public static String trimToNull(String raw) {
        return raw == null || raw.isBlank() ? null : raw.trim();
    }
}
