package vn.planmonitor.common;

import java.math.BigDecimal;

public final class Decimals {

    private Decimals() {
    }

    /** 100.0000 → 100: the stored scale is an artefact of the DECIMAL(19,4) column, not information. */
    public static BigDecimal strip(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
