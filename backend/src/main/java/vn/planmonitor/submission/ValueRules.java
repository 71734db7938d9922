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
import java.util.Optional;
import java.util.Set;

/**
 * The rules a report's values must follow to be stored at all, whichever way they come: the report
 * form ({@link #check}, field errors) and the bulk import ({@code exchange.ImportService}, DHIS2
 * conflicts) ask the same pure checks ({@link #figure}, {@link #ratio}) and only render the answer
 * differently. (Completeness — every indicator answered, a count naming as many items as it counts —
 * is checked when the report is submitted, not when a draft is saved.)
 * <p>
 * The limits are restated by {@code openapi.yaml} (schema maxima and descriptions) and by the SPA
 * ({@code features/submissions/utils/value-limits.ts}); {@code ValueRulesContractTest} and the SPA's
 * {@code value-limits.test.ts} fail when either drifts from these.
 */
public final class ValueRules {

    public static final int MAX_VALUES = 200;
    public static final int MAX_ITEMS = 1000;
    public static final int MAX_ITEM_NAME = 300;
    public static final int MAX_COMMENT = 2000;
    public static final BigDecimal MAX_NUMBER = new BigDecimal("999999999999");
    public static final int MAX_SCALE = 4;

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
            if (indicator.isDerived()) {
                v.add(at + ".indicatorCode", "derived-indicator", indicator.code);
                continue;
            }
            if (unit != null && period != null && !indicator.isReportedBy(unit, period)) {
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
                if (numOk && denOk) {
                    ratio(value.numerator(), value.denominator()).ifPresent(p -> fieldError(v, at + ".numerator", p));
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
        Optional<ValueProblem> problem = figure(n, wholeNumber);
        problem.ifPresent(p -> fieldError(v, field, p));
        return problem.isEmpty();
    }

    private static void fieldError(Violations v, String field, ValueProblem problem) {
        if (problem.limit() == null) {
            v.add(field, problem.code);
        } else {
            v.add(field, problem.code, problem.limit());
        }
    }

    /**
     * The first limit a figure breaks, in the order a person would fix them: sign, size, whole number
     * (for counts), decimals.
     */
    public static Optional<ValueProblem> figure(BigDecimal n, boolean wholeNumber) {
        if (n.signum() < 0) {
            return Optional.of(ValueProblem.NEGATIVE);
        }
        if (n.compareTo(MAX_NUMBER) > 0) {
            return Optional.of(ValueProblem.TOO_LARGE);
        }
        int scale = n.stripTrailingZeros().scale();
        if (wholeNumber && scale > 0) {
            return Optional.of(ValueProblem.NOT_WHOLE_NUMBER);
        }
        return scale > MAX_SCALE ? Optional.of(ValueProblem.TOO_PRECISE) : Optional.empty();
    }

    /** A ratio of two valid figures: a share cannot exceed its whole. */
    public static Optional<ValueProblem> ratio(BigDecimal numerator, BigDecimal denominator) {
        return numerator.compareTo(denominator) > 0 ? Optional.of(ValueProblem.NUMERATOR_ABOVE_DENOMINATOR)
                : Optional.empty();
    }

    /**
     * A count of named things names exactly that many (the plan counts "each named" model). Compared as
     * numbers, not as an {@code int}: a count above 2^31 must not wrap round to the size of the list.
     */
    public static boolean countMatchesItems(BigDecimal count, int items) {
        return count.compareTo(BigDecimal.valueOf(items)) == 0;
    }

    /**
     * A count's named items as the report form checks them (how many, each name, the flag only where the
     * indicator has one); the bulk import checks its extension field with the same rule.
     */
    public static void checkItems(Violations v, String at, List<ItemInput> items, Indicator indicator) {
        items(v, at, items, indicator.itemFlagVi != null);
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
            v.text(at + "[" + j + "].name", item.name(), MAX_ITEM_NAME);
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
