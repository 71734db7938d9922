package vn.planmonitor.completeness;

import org.junit.jupiter.api.Test;
import vn.planmonitor.period.Period;

import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DeadlinesTest {

    private static final LocalDate DUE_2019 = Deadlines.dueDate(Period.yearly(2019), 31);

    @Test
    void aYearlyReportIsDue31DaysAfterTheYearEnds() {
        // Called here, not read from DUE_2019: a static initialiser runs once, before a mutation tool swaps
        // in a changed dueDate, so the constant alone would never see the change.
        assertEquals(LocalDate.of(2020, 1, 31), Deadlines.dueDate(Period.yearly(2019), 31));
    }

    @Test
    void aReportSubmittedOnTheDueDateInHoChiMinhCityIsOnTime() {
        // 31 January 2020, 23:30 in Hồ Chí Minh City (UTC+7) is 16:30 UTC: on time.
        assertFalse(Deadlines.late(ReportState.APPROVED, Instant.parse("2020-01-31T16:30:00Z"), DUE_2019,
                LocalDate.of(2020, 6, 30)));
        // 1 February 2020, 00:30 there (17:30 UTC on the 31st): late.
        assertTrue(Deadlines.late(ReportState.SUBMITTED, Instant.parse("2020-01-31T17:30:00Z"), DUE_2019,
                LocalDate.of(2020, 6, 30)));
    }

    @Test
    void aReturnedReportFirstSubmittedInTimeStaysOnTime() {
        assertFalse(Deadlines.late(ReportState.RETURNED, Instant.parse("2020-01-20T02:00:00Z"), DUE_2019,
                LocalDate.of(2020, 6, 30)));
    }

    @Test
    void aReportNeverSubmittedIsLateOnlyOnceTheDueDateHasPassed() {
        for (ReportState state : new ReportState[]{ReportState.MISSING, ReportState.DRAFT}) {
            assertFalse(Deadlines.late(state, null, DUE_2019, LocalDate.of(2020, 1, 31)));
            assertTrue(Deadlines.late(state, null, DUE_2019, LocalDate.of(2020, 2, 1)));
        }
        assertFalse(Deadlines.late(ReportState.NOT_EXPECTED, null, DUE_2019, LocalDate.of(2030, 1, 1)));
    }
}
