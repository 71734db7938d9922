package vn.planmonitor.exchange;

import vn.planmonitor.submission.SubmissionInput.ItemInput;

import java.util.List;

/**
 * One value to import, whatever the format it came in. {@code index} is what conflicts point at:
 * the position in {@code dataValues} (JSON), the data line counted from 0 without the header (CSV),
 * the sheet row number as Excel shows it (XLSX). {@code formulaCell} names the spreadsheet cell of
 * the line that holds a formula (e.g. {@code D5}), which refuses the row; null otherwise. {@code items}: a count's
 * named items (the JSON extension field {@code planmonitorItems}); null when the row does not carry them.
 */
public record ImportRow(int index, String dataElement, String period, String orgUnit, String categoryOptionCombo,
                        String attributeOptionCombo, String value, boolean deleted, String formulaCell,
                        List<ItemInput> items) {

    public ImportRow(int index, String dataElement, String period, String orgUnit, String categoryOptionCombo,
                     String attributeOptionCombo, String value, boolean deleted, String formulaCell) {
        this(index, dataElement, period, orgUnit, categoryOptionCombo, attributeOptionCombo, value, deleted, formulaCell,
                null);
    }

    public ImportRow(int index, String dataElement, String period, String orgUnit, String categoryOptionCombo,
                     String attributeOptionCombo, String value, boolean deleted) {
        this(index, dataElement, period, orgUnit, categoryOptionCombo, attributeOptionCombo, value, deleted, null);
    }
}
