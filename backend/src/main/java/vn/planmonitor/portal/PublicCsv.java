package vn.planmonitor.portal;

import vn.planmonitor.common.Violations;

import java.math.BigDecimal;
import java.util.List;

/**
 * A target's approved figures as CSV for spreadsheets: UTF-8 with a byte-order mark (so Excel shows
 * Vietnamese), one row per year for the district and one per unit. Text cells that a spreadsheet
 * would run as a formula are prefixed with an apostrophe; control characters never reach the file.
 */
final class PublicCsv {

    static final String HEADER = "plan,target,period,year,level,org_unit_code,name_vi,name_en,value,numerator,"
            + "denominator,unit,threshold,met,reported_units,expected_units";

    private PublicCsv() {
    }

    static String of(PublicViews.TargetPage page) {
        PublicViews.TargetSummary t = page.target();
        String unit = t.percentage() ? "%" : t.unitEn();
        StringBuilder out = new StringBuilder("\uFEFF").append(HEADER).append("\r\n");
        for (PublicViews.Year y : t.periods()) {
            row(out, page.plan().code(), t.code(), y.period(), String.valueOf(y.year()), "district", "", "", "",
                    num(y.figure()), num(y.numerator()), num(y.denominator()), unit, num(t.threshold()),
                    y.met() == null ? "" : String.valueOf(y.met()), String.valueOf(y.reportedUnits()),
                    String.valueOf(y.expectedUnits()));
            for (PublicViews.Unit u : y.units() == null ? List.<PublicViews.Unit>of() : y.units()) {
                row(out, page.plan().code(), t.code(), y.period(), String.valueOf(y.year()), "unit", u.orgUnitCode(),
                        u.nameVi(), u.nameEn(), num(u.value()), num(u.numerator()), num(u.denominator()), unit,
                        num(t.unitThreshold()), u.meets() == null ? "" : String.valueOf(u.meets()), "", "");
            }
        }
        return out.toString();
    }

    private static String num(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    private static void row(StringBuilder out, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells[i]));
        }
        out.append("\r\n");
    }

    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String v = scrub(value);
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0 && !v.matches("-?[0-9.]+")) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }

    /**
     * Names are checked when they are written ({@code Violations}); text stored before that rule may
     * still hold a control character, which a spreadsheet would show as garbage or cut the line at.
     */
    private static String scrub(String value) {
        String v = value;
        for (int at = Violations.forbiddenAt(v, false); at >= 0; at = Violations.forbiddenAt(v, false)) {
            v = v.substring(0, at) + '\uFFFD' + v.substring(at + Character.charCount(v.codePointAt(at)));
        }
        return v;
    }
}
