package vn.planmonitor.exchange;

import com.fasterxml.jackson.annotation.JsonInclude;
import vn.planmonitor.submission.SubmissionInput.ItemInput;

import java.util.List;

/**
 * DHIS2's data value set, as JSON: optional header fields that rows inherit, and the values.
 * {@code value} is a string, as in DHIS2. Fields DHIS2 sends that carry nothing here
 * ({@code storedBy}, {@code created}, {@code lastUpdated}, {@code followup}, {@code completeDate})
 * are accepted so a DHIS2 export can be posted unchanged, and ignored. {@code planmonitorItems} is our extension:
 * a count's named items, on the row of a COUNT indicator that asks for them (DHIS2 has no place for them; a
 * tool that does not know the field leaves it out, and the stored items are kept).
 */
public record DataValueSet(String dataSet, String period, String orgUnit, String attributeOptionCombo,
                           String completeDate, List<DataValue> dataValues) {

    public record DataValue(String dataElement, String period, String orgUnit, String categoryOptionCombo,
                            String attributeOptionCombo, String value, String storedBy, String created,
                            String lastUpdated, String comment, Boolean followup, Boolean deleted,
                            @JsonInclude(JsonInclude.Include.NON_NULL) List<ItemInput> planmonitorItems) {
    }
}
