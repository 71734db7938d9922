package vn.planmonitor.bench;

import java.util.Arrays;
import java.util.Locale;

/**
 * The scales the generator can fill the database at, as multiples of District 11 (37 units, 8 yearly
 * indicators, 5 years). Every preset generates a plan over 2021–2026 with reports for 2021–2025: the
 * plan's last year is left empty for the write measurements. bench/README.md lists the resulting row counts.
 */
public enum Preset {
    X1("1x", 37, 0, 8),
    X100("100x", 3_700, 0, 8),
    X10000("10000x", 10_000, 15, 35);

    public static final int FIRST_YEAR = 2021;
    public static final int LAST_YEAR = 2026;
    public static final String PREFIX = "B";
    public static final int SEED = 42;

    public final String label;
    public final int units;
    public final int monthly;
    public final int yearly;

    Preset(String label, int units, int monthly, int yearly) {
        this.label = label;
        this.units = units;
        this.monthly = monthly;
        this.yearly = yearly;
    }

    public String planCode() {
        return "BENCH-" + label.toUpperCase(Locale.ROOT);
    }

    public static Preset of(String label) {
        return Arrays.stream(values()).filter(p -> p.label.equalsIgnoreCase(label)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown preset " + label + "; one of 1x, 100x, 10000x"));
    }
}
