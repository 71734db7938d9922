package vn.planmonitor.submission;

import vn.planmonitor.common.Violations;
import vn.planmonitor.indicator.Indicator;
import vn.planmonitor.indicator.ValueKind;
import vn.planmonitor.orgunit.OrgUnit;
import vn.planmonitor.period.Period;
import vn.planmonitor.submission.SubmissionInput.ItemInput;
import vn.planmonitor.submission.SubmissionInput.ValueInput;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules a report's values must follow to be stored at all. (Completeness — every indicator
 * answered — is checked when the report is submitted, not when a draft is saved.)
 */
final class ValueRules {

    static final int MAX_VALUES = 200;
    static final int MAX_ITEMS = 1000;
    static final int MAX_COMMENT = 2000;
    static final BigDecimal MAX_NUMBER = new BigDecimal("999999999999");
    static final int MAX_SCALE = 4;

    private ValueRules() {
    }

    /** Checks every value against its indicator; returns nothing, records every problem in {@code v}. */
    static void check(Violations v, List<ValueInput> values, Map<String, Indicator> planIndicators, OrgUnit unit,
                      Period period) {
        if (values == null) {
            return;
        }
        if (values.size() > MAX_VALUES) {
            v.add("values", "too-many", MAX_VALUES);
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < values.size(); i++) {
            String at = "values[" + i + "]";
            ValueInput value = values.get(i);
            if (value == null) {
                v.add(at, "required");
                continue;
            }
            if (value.indicatorCode() == null || value.indicatorCode().isBlank()) {
                v.add(at + ".indicatorCode", "required");
                continue;
            }
            Indicator indicator = planIndicators.get(value.indicatorCode());
            if (indicator == null) {
                v.add(at + ".indicatorCode", "unknown-indicator-in-plan", value.indicatorCode());
                continue;
            }
            if (!seen.add(indicator.code)) {
                v.add(at + ".indicatorCode", "duplicate-value", indicator.code);
                continue;
            }
            if (unit != null && !indicator.isReportedBy(unit)) {
                v.add(at + ".indicatorCode", "unit-not-reporting", unit.code, indicator.code);
                continue;
            }
            if (period != null && indicator.periodType != period.type()) {
                v.add(at + ".indicatorCode", "period-type-mismatch", indicator.code, indicator.periodType,
                        period.code());
                continue;
            }
            checkShape(v, at, value, indicator);
        }
    }

    private static void checkShape(Violations v, String at, ValueInput value, Indicator indicator) {
        ValueKind kind = indicator.valueKind;
        notApplicable(v, at + ".number", value.number(), kind == ValueKind.NUMBER || kind == ValueKind.COUNT);
        notApplicable(v, at + ".numerator", value.numerator(), kind == ValueKind.RATIO);
        notApplicable(v, at + ".denominator", value.denominator(), kind == ValueKind.RATIO);
        notApplicable(v, at + ".answer", value.answer(), kind == ValueKind.BOOLEAN);
        boolean hasItems = value.items() != null && !value.items().isEmpty();
        notApplicable(v, at + ".items", hasItems ? value.items() : null, indicator.itemsRequired);
        switch (kind) {
            case NUMBER -> number(v, at + ".number", value.number(), false);
            case COUNT -> number(v, at + ".number", value.number(), true);
            case BOOLEAN -> v.required(at + ".answer", value.answer());
            case RATIO -> {
                boolean numOk = number(v, at + ".numerator", value.numerator(), false);
                boolean denOk = number(v, at + ".denominator", value.denominator(), false);
                if (numOk && denOk && value.numerator().compareTo(value.denominator()) > 0) {
                    v.add(at + ".numerator", "numerator-above-denominator");
                }
            }
        }
        if (indicator.itemsRequired && hasItems) {
            items(v, at + ".items", value.items(), indicator.itemFlagVi != null);
        }
    }

    private static boolean number(Violations v, String field, BigDecimal n, boolean wholeNumber) {
        if (n == null) {
            v.add(field, "required");
            return false;
        }
        if (n.signum() < 0) {
            v.add(field, "negative");
            return false;
        }
        if (n.compareTo(MAX_NUMBER) > 0) {
            v.add(field, "too-large", MAX_NUMBER.toPlainString());
            return false;
        }
        if (wholeNumber && n.stripTrailingZeros().scale() > 0) {
            v.add(field, "not-whole-number");
            return false;
        }
        if (n.stripTrailingZeros().scale() > MAX_SCALE) {
            v.add(field, "too-precise", MAX_SCALE);
            return false;
        }
        return true;
    }

    private static void items(Violations v, String at, List<ItemInput> items, boolean flagAllowed) {
        if (items.size() > MAX_ITEMS) {
            v.add(at, "too-many", MAX_ITEMS);
            return;
        }
        for (int j = 0; j < items.size(); j++) {
            ItemInput item = items.get(j);
            if (item == null) {
                v.add(at + "[" + j + "]", "required");
                continue;
            }
            v.text(at + "[" + j + "].name", item.name(), 300);
            if (!flagAllowed && Boolean.TRUE.equals(item.flagged())) {
                v.add(at + "[" + j + "].flagged", "not-applicable");
            }
        }
    }

    private static void notApplicable(Violations v, String field, Object given, boolean applies) {
        if (given != null && !applies) {
            v.add(field, "not-applicable");
        }
    }
}
