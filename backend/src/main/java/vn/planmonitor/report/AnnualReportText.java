package vn.planmonitor.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The report's sentences and table cells, shared by the DOCX and the PDF so both say exactly the same. */
final class AnnualReportText {

    private AnnualReportText() {
    }

    /** "Quận 11, ngày 04 tháng 12 năm 2026" (Decree 30: two-digit day and month). */
    static String placeDate(AnnualReport r) {
        return ReportTexts.t("report.placeDate", Map.of("place", r.place(),
                "day", String.format("%02d", r.today().getDayOfMonth()),
                "month", String.format("%02d", r.today().getMonthValue()), "year", r.today().getYear()));
    }

    static String intro(AnnualReport r) {
        return ReportTexts.t("report.intro", Map.of("plan", DocxReport.lowerFirst(r.planTitle()),
                "body", r.issuingBody(), "year", r.year(), "date", ReportTexts.date(r.today())));
    }

    static List<String> summaryHeader(AnnualReport r) {
        return List.of(ReportTexts.t("report.col.code"), ReportTexts.t("report.col.target"),
                ReportTexts.t("report.col.figure", Map.of("year", r.year())), ReportTexts.t("report.col.threshold"),
                ReportTexts.t("report.col.status"), ReportTexts.t("report.col.reason"));
    }

    static List<List<String>> summaryRows(AnnualReport r) {
        List<List<String>> rows = new ArrayList<>();
        for (AnnualReport.TargetSection t : r.targets()) {
            rows.add(List.of(t.code(), t.statement(), t.figure() + t.basis(), t.sentence(), t.status(), t.reason()));
        }
        return rows;
    }

    static String targetLine(AnnualReport r, AnnualReport.TargetSection t) {
        return ReportTexts.t("report.target.figure", Map.of("year", r.year(), "figure", t.figure(),
                "basis", t.basis(), "sentence", t.sentence(), "status", t.status(), "reason", t.reason()));
    }

    static List<String> unitHeader() {
        return List.of(ReportTexts.t("report.col.no"), ReportTexts.t("report.col.code"),
                ReportTexts.t("report.col.unit"), ReportTexts.t("report.col.reportState"),
                ReportTexts.t("report.col.value"), ReportTexts.t("report.col.meets"));
    }

    static List<List<String>> unitRows(AnnualReport.TargetSection t) {
        List<List<String>> rows = new ArrayList<>();
        int n = 1;
        for (AnnualReport.UnitLine u : t.units()) {
            rows.add(List.of(String.valueOf(n++), u.code(), u.name(), u.state(), u.value(), u.meets()));
        }
        return rows;
    }

    static List<String> completeness(AnnualReport r) {
        AnnualReport.Completeness c = r.completeness();
        List<String> lines = new ArrayList<>();
        lines.add(ReportTexts.t("report.completeness.text", Map.of("year", r.year(), "due", ReportTexts.date(c.due()),
                "expected", c.expected(), "received", c.received(), "approved", c.approved(), "late", c.late())));
        lines.add(c.lateUnits().isEmpty() ? ReportTexts.t("report.completeness.noneLate")
                : ReportTexts.t("report.completeness.late", Map.of("units", String.join(", ", c.lateUnits()))));
        return lines;
    }

    /** "- Sở Khoa học và Công nghệ;" each, the last ending with a full stop ("- Lưu: VT."). */
    static List<String> recipients(AnnualReport r) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < r.recipients().size(); i++) {
            lines.add("- " + r.recipients().get(i).trim() + (i == r.recipients().size() - 1 ? "." : ";"));
        }
        return lines;
    }

    static List<String> appendixHeader() {
        return List.of(ReportTexts.t("report.col.code"), ReportTexts.t("report.col.unit"),
                ReportTexts.t("report.col.indicator"), ReportTexts.t("report.col.value"),
                ReportTexts.t("report.col.approvedAt"));
    }

    static List<List<String>> appendixRows(AnnualReport r) {
        List<List<String>> rows = new ArrayList<>(r.appendix().size());
        for (AnnualReport.AppendixRow a : r.appendix()) {
            rows.add(List.of(a.unitCode(), a.unitName(), a.indicatorName() + " (" + a.indicatorCode() + ")",
                    a.value(), a.approvedOn()));
        }
        return rows;
    }

    /** The issuing body in capitals, as Decree 30 writes it at the top left: "ỦY BAN NHÂN DÂN QUẬN 11". */
    static String issuingBody(AnnualReport r) {
        return r.issuingBody().toUpperCase(java.util.Locale.forLanguageTag("vi"));
    }
}
