package vn.planmonitor.exchange;

import vn.planmonitor.submission.ValueProblem;

/**
 * Why a row was refused. Error codes follow DHIS2's E76xx numbering where DHIS2 has the same
 * reason (E7603 org unit, E7609 period, E7610 data element, E7617 unit outside the caller's scope,
 * E7619 not numeric); the others are ours in the same range. The text is {@code conflict.<key>}.
 */
enum ConflictKind {
    UNKNOWN_ORG_UNIT("E7603", "orgUnit", "unknown-org-unit"),
    ATTRIBUTE_OPTION_COMBO("E7604", "attributeOptionCombo", "attribute-option-combo"),
    CATEGORY_OPTION_COMBO("E7605", "categoryOptionCombo", "category-option-combo"),
    INVALID_PERIOD("E7609", "period", "invalid-period"),
    UNKNOWN_DATA_ELEMENT("E7610", "dataElement", "unknown-data-element"),
    OTHER_PLAN("E7611", "dataElement", "other-plan"),
    UNIT_NOT_REPORTING("E7612", "dataElement", "unit-not-reporting"),
    INACTIVE_ORG_UNIT("E7613", "orgUnit", "inactive-org-unit"),
    PERIOD_OUTSIDE_PLAN("E7614", "period", "period-outside-plan"),
    PERIOD_TYPE_MISMATCH("E7615", "period", "period-type-mismatch"),
    DUPLICATE("E7616", "dataElement", "duplicate"),
    UNIT_NOT_ALLOWED("E7617", "orgUnit", "unit-not-allowed"),
    VALUE_MISSING("E7618", "value", "value-missing"),
    NOT_NUMERIC("E7619", "value", "not-numeric"),
    NEGATIVE("E7620", "value", "negative"),
    TOO_LARGE("E7621", "value", "too-large"),
    TOO_PRECISE("E7622", "value", "too-precise"),
    NOT_WHOLE_NUMBER("E7623", "value", "not-whole-number"),
    NOT_BOOLEAN("E7624", "value", "not-boolean"),
    NUMERATOR_ABOVE_DENOMINATOR("E7625", "value", "numerator-above-denominator"),
    RATIO_INCOMPLETE("E7626", "value", "ratio-incomplete"),
    /** A spreadsheet formula: its cached result is not a figure anybody entered, so it is never imported. */
    FORMULA("E7627", "value", "formula"),
    /** A derived indicator is computed from its operands' values; nobody enters it. */
    DERIVED_INDICATOR("E7628", "dataElement", "derived-indicator"),
    /** Named items (our extension field) on a row whose data element takes none, or on a row that removes its value. */
    ITEMS_NOT_APPLICABLE("E7629", "planmonitorItems", "items-not-applicable"),
    /** A named item the report form would refuse: no name, too long, a control character, a flag where none is kept, too many. */
    INVALID_ITEM("E7630", "planmonitorItems", "invalid-item"),
    SUBMISSION_UNDER_REVIEW("E7640", "submission", "submission-under-review"),
    SUBMISSION_APPROVED("E7641", "submission", "submission-approved");

    final String errorCode;
    final String property;
    final String messageKey;

    ConflictKind(String errorCode, String property, String key) {
        this.errorCode = errorCode;
        this.property = property;
        this.messageKey = "conflict." + key;
    }

    /** The import's code for a broken value rule; the report form shows the same problem as a field error. */
    static ConflictKind of(ValueProblem problem) {
        return switch (problem) {
            case NEGATIVE -> NEGATIVE;
            case TOO_LARGE -> TOO_LARGE;
            case NOT_WHOLE_NUMBER -> NOT_WHOLE_NUMBER;
            case TOO_PRECISE -> TOO_PRECISE;
            case NUMERATOR_ABOVE_DENOMINATOR -> NUMERATOR_ABOVE_DENOMINATOR;
        };
    }
}
