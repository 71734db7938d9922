package vn.planmonitor.submission;

import java.math.BigDecimal;
import java.util.List;

/** A new report. Status, demo flag, ids and versions are never taken from the client. */
public record SubmissionInput(String planCode, String orgUnitCode, String period, String comment,
                              List<ValueInput> values) {

    public record ValueInput(String indicatorCode, BigDecimal number, BigDecimal numerator, BigDecimal denominator,
                             Boolean answer, List<ItemInput> items) {
    }

    public record ItemInput(String name, Boolean flagged) {
    }
}
