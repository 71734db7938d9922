package vn.planmonitor.period;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PeriodTest {

    @Test
    void shouldParseTheThreeDhis2Shapes() {
        Period year = Period.parse("2017").orElseThrow();
        assertEquals(PeriodType.YEARLY, year.type());
        assertEquals(LocalDate.of(2017, 1, 1), year.startDate());
        assertEquals(LocalDate.of(2017, 12, 31), year.endDate());

        Period quarter = Period.parse("2017Q2").orElseThrow();
        assertEquals(PeriodType.QUARTERLY, quarter.type());
        assertEquals(LocalDate.of(2017, 4, 1), quarter.startDate());
        assertEquals(LocalDate.of(2017, 6, 30), quarter.endDate());

        Period month = Period.parse("201702").orElseThrow();
        assertEquals(PeriodType.MONTHLY, month.type());
        assertEquals(LocalDate.of(2017, 2, 28), month.endDate());
        assertEquals(LocalDate.of(2016, 2, 29), Period.parse("201602").orElseThrow().endDate());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "17", "20171", "2017Q0", "2017Q5", "201700", "201713", "2017-04", "2017W1",
            "0999", "9999", "２０１７", "2017Q1 ", "abcd"})
    void shouldRejectAnythingElse(String code) {
        // "2017Q1 " with a trailing space is trimmed and accepted; every other string is refused.
        assertEquals(code.equals("2017Q1 "), Period.parse(code).isPresent(), code);
    }

    @Test
    void shouldWriteCodesBackAndStepToThePreviousPeriod() {
        assertEquals("2016", Period.parse("2017").orElseThrow().previous().code());
        assertEquals("2016Q4", Period.parse("2017Q1").orElseThrow().previous().code());
        assertEquals("201612", Period.parse("201701").orElseThrow().previous().code());
        assertEquals("201704", Period.parse("201704").orElseThrow().code());
    }

    @Test
    void shouldListPeriodsBetweenYearsInOrder() {
        assertEquals(5, Period.between(PeriodType.YEARLY, 2016, 2020).size());
        assertEquals(20, Period.between(PeriodType.QUARTERLY, 2016, 2020).size());
        var months = Period.between(PeriodType.MONTHLY, 2016, 2016);
        assertEquals("201601", months.get(0).code());
        assertEquals("201612", months.get(11).code());
        assertTrue(months.get(0).compareTo(months.get(1)) < 0);
    }

    @Test
    void shouldNamePeriodsInVietnameseAndEnglish() {
        assertEquals("Quý 2/2017", Period.parse("2017Q2").orElseThrow().nameVi());
        assertEquals("Tháng 4/2017", Period.parse("201704").orElseThrow().nameVi());
        assertEquals("April 2017", Period.parse("201704").orElseThrow().nameEn());
    }
}
