package vn.planmonitor.submission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

/**
 * Runs a change of a report's status between {@link ReportStatusChanging} and {@link ReportStatusChanged},
 * so that what depends on it (the progress summaries) follows in the same transaction without this
 * package knowing what that is.
 */
@ApplicationScoped
public class ReportStatusChanges {

    @Inject
    Event<ReportStatusChanging> changing;

    @Inject
    Event<ReportStatusChanged> changed;

    public void run(Submission report, Runnable change) {
        SubmissionStatus from = report.status;
        changing.fire(new ReportStatusChanging(report));
        change.run();
        changed.fire(new ReportStatusChanged(report, from));
    }
}
