package vn.planmonitor.progress;

import java.math.BigDecimal;

/** The least-squares trend of the yearly figures, read at the due year. */
public record ProjectionView(int dueYear, BigDecimal projectedValue, BigDecimal slopePerYear, Direction direction,
                             int basedOnYears) {
}
