package vn.planmonitor.completeness;

import org.junit.jupiter.api.Test;
import vn.planmonitor.submission.Submission;
import vn.planmonitor.submission.SubmissionStatus;

import java.util.EnumSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The one rule of completeness, state by state, written out by hand. */
class ReportStateTest {

    @Test
    void aReportIsReceivedOnceSubmittedWhateverTheReviewerDidWithIt() {
        // RETURNED: it came in and was sent back for correction — received, not missing.
        Set<ReportState> received = EnumSet.of(ReportState.SUBMITTED, ReportState.RETURNED, ReportState.APPROVED);
        for (ReportState state : ReportState.values()) {
            assertEquals(received.contains(state), state.received(), state.name());
        }
    }

    @Test
    void everyUnitIsExpectedButOneThatNoLongerReportsAndHasNoReport() {
        for (ReportState state : ReportState.values()) {
            assertEquals(state != ReportState.NOT_EXPECTED, state.expected(), state.name());
        }
    }

    @Test
    void aCellIsItsReportsStatusElseMissingOrNotExpected() {
        Submission returned = new Submission();
        returned.status = SubmissionStatus.RETURNED;
        assertEquals(ReportState.RETURNED, ReportState.of(returned, true));
        assertEquals(ReportState.RETURNED, ReportState.of(returned, false)); // a report makes the unit expected
        assertEquals(ReportState.MISSING, ReportState.of(null, true));
        assertEquals(ReportState.NOT_EXPECTED, ReportState.of(null, false));
        for (SubmissionStatus status : SubmissionStatus.values()) {
            assertEquals(status.name(), ReportState.of(status).name());
        }
        assertEquals(ReportState.MISSING, ReportState.of((SubmissionStatus) null));
    }
}
