package vn.planmonitor.period;

/** How often an indicator is reported. The code shapes follow DHIS2: 2017, 2017Q2, 201704. */
public enum PeriodType {
    YEARLY(1), QUARTERLY(4), MONTHLY(12);

    private final int perYear;

    PeriodType(int perYear) {
        this.perYear = perYear;
    }

    public int perYear() {
        return perYear;
    }
}
