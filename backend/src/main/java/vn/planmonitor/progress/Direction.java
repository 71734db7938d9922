package vn.planmonitor.progress;

import java.math.BigDecimal;

/** Which way the trend line points. */
public enum Direction {
    UP, DOWN, FLAT;

    /** FLAT when the slope rounds to 0 at the 4 decimals figures are shown with. */
    static Direction of(BigDecimal roundedSlope) {
        return switch (roundedSlope.signum()) {
            case 1 -> UP;
            case -1 -> DOWN;
            default -> FLAT;
        };
    }
}
