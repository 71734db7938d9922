package vn.planmonitor.bench;

/**
 * How long each measurement runs. {@code quick} keeps {@code make bench-quick} (build included) under
 * 3 minutes on a 2-core machine; {@code full} is the run the README's headline table comes from.
 */
public enum Mode {
    //    import    progress        context  submissions  load s
    QUICK(5, 10, 5, 100, 15, 1, 5, 100, 3),
    FULL(10, 20, 50, 500, 300, 1, 3, 300, 10);

    /** Import POSTs (and JDBC reference iterations) run first and not counted, then counted. */
    public final int importWarmups;
    public final int importPosts;
    /** Plan-progress requests (and hand-SQL runs) not counted, then counted. */
    public final int progressWarmups;
    public final int progressRequests;
    /**
     * Seconds the counted plan-progress requests may take: fewer than {@code progressRequests} (at least
     * 20) when the warm-ups show they would take longer. The table gives the count used.
     */
    public final int progressBudgetSeconds;
    /** The live GROUP BY, when it is context beside the summary-based reference: warm-ups, runs. */
    public final int contextWarmups;
    public final int contextRuns;
    /** Single-report POSTs for the batching gain. */
    public final int submissions;
    /** Seconds of each 32-connection load run (wrk, and the JDBC reference for it), after 1 s of warm-up. */
    public final int loadSeconds;

    Mode(int importWarmups, int importPosts, int progressWarmups, int progressRequests, int progressBudgetSeconds,
         int contextWarmups, int contextRuns, int submissions, int loadSeconds) {
        this.importWarmups = importWarmups;
        this.importPosts = importPosts;
        this.progressWarmups = progressWarmups;
        this.progressRequests = progressRequests;
        this.progressBudgetSeconds = progressBudgetSeconds;
        this.contextWarmups = contextWarmups;
        this.contextRuns = contextRuns;
        this.submissions = submissions;
        this.loadSeconds = loadSeconds;
    }

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Mode of(String label) {
        return valueOf(label.toUpperCase(java.util.Locale.ROOT));
    }
}
