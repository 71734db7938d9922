package vn.planmonitor.exchange;

/**
 * One value to import, whatever the format it came in. {@code index} is what conflicts point at:
 * the position in {@code dataValues} (JSON), the data line counted from 0 without the header (CSV),
 * the sheet row number as Excel shows it (XLSX). {@code formulaCell} names the spreadsheet cell of
 * the line that holds a formula (e.g. {@code D5}), which refuses the row; null otherwise.
 */
public record ImportRow(int index, String dataElement, String period, String orgUnit, String categoryOptionCombo,
                        String attributeOptionCombo, String value, boolean deleted, String formulaCell) {

    public ImportRow(int index, String dataElement, String period, String orgUnit, String categoryOptionCombo,
                     String attributeOptionCombo, String value, boolean deleted) {
        this(index, dataElement, period, orgUnit, categoryOptionCombo, attributeOptionCombo, value, deleted, null);
    }
}
