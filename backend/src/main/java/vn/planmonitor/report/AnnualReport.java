package vn.planmonitor.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything the annual report prints, already in words and vi-VN numbers, so the DOCX and the PDF say the
 * same thing: the writers only lay it out.
 */
record AnnualReport(String planCode, String planTitle, int year, String issuingBody, String place, String number,
                    LocalDate today, List<TargetSection> targets, Completeness completeness,
                    List<AppendixRow> appendix, List<String> signerTitle, String signerName,
                    List<String> recipients) {

    /** One target: the summary table's row, its chart's points and its units compared. */
    record TargetSection(String code, String statement, String figure, String basis, boolean noData,
                         String sentence, String status, String reason, boolean percentage,
                         List<YearPoint> years, List<UnitLine> units) {
    }

    /** A year on the chart: what is compared with the threshold, and the threshold in force that year. */
    record YearPoint(int year, BigDecimal value, BigDecimal threshold) {
    }

    record UnitLine(String code, String name, String state, String value, String meets) {
    }

    /** The year's reporting: counted by the completeness rules, late units by name. */
    record Completeness(LocalDate due, int expected, int received, int approved, int late, List<String> lateUnits) {
    }

    record AppendixRow(String unitCode, String unitName, String indicatorCode, String indicatorName, String value,
                       String approvedOn) {
    }
}
