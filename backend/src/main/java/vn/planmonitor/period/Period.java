package vn.planmonitor.period;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period, identified by a DHIS2-style code. This is the only place period codes are
 * parsed, so every endpoint accepts and rejects exactly the same strings.
 */
public record Period(PeriodType type, int year, int index) implements Comparable<Period> {

    public static final int MIN_YEAR = 1900;
    public static final int MAX_YEAR = 2999;

    private static final Pattern YEARLY = Pattern.compile("(\\d{4})");
    private static final Pattern QUARTERLY = Pattern.compile("(\\d{4})Q([1-4])");
    private static final Pattern MONTHLY = Pattern.compile("(\\d{4})(0[1-9]|1[0-2])");

    public static Optional<Period> parse(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String trimmed = code.trim();
        Matcher m;
        Period period = null;
        if ((m = YEARLY.matcher(trimmed)).matches()) {
            period = new Period(PeriodType.YEARLY, Integer.parseInt(m.group(1)), 1);
        } else if ((m = QUARTERLY.matcher(trimmed)).matches()) {
            period = new Period(PeriodType.QUARTERLY, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        } else if ((m = MONTHLY.matcher(trimmed)).matches()) {
            period = new Period(PeriodType.MONTHLY, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }
        if (period == null || period.year < MIN_YEAR || period.year > MAX_YEAR) {
            return Optional.empty();
        }
        return Optional.of(period);
    }

    public static Period yearly(int year) {
        return new Period(PeriodType.YEARLY, year, 1);
    }

    /** Every period of a type from the first day of {@code fromYear} to the last day of {@code toYear}. */
    public static List<Period> between(PeriodType type, int fromYear, int toYear) {
        List<Period> periods = new ArrayList<>();
        for (int year = fromYear; year <= toYear; year++) {
            for (int i = 1; i <= type.perYear(); i++) {
                periods.add(new Period(type, year, i));
            }
        }
        return periods;
    }

    public String code() {
        return switch (type) {
            case YEARLY -> String.valueOf(year);
            case QUARTERLY -> year + "Q" + index;
            case MONTHLY -> String.format("%d%02d", year, index);
        };
    }

    public LocalDate startDate() {
        return switch (type) {
            case YEARLY -> LocalDate.of(year, 1, 1);
            case QUARTERLY -> LocalDate.of(year, (index - 1) * 3 + 1, 1);
            case MONTHLY -> LocalDate.of(year, index, 1);
        };
    }

    public LocalDate endDate() {
        return switch (type) {
            case YEARLY -> LocalDate.of(year, 12, 31);
            case QUARTERLY -> YearMonth.of(year, index * 3).atEndOfMonth();
            case MONTHLY -> YearMonth.of(year, index).atEndOfMonth();
        };
    }

    public Period previous() {
        if (index > 1) {
            return new Period(type, year, index - 1);
        }
        return new Period(type, year - 1, type.perYear());
    }

    public String nameVi() {
        return switch (type) {
            case YEARLY -> "Năm " + year;
            case QUARTERLY -> "Quý " + index + "/" + year;
            case MONTHLY -> "Tháng " + index + "/" + year;
        };
    }

    public String nameEn() {
        return switch (type) {
            case YEARLY -> String.valueOf(year);
            case QUARTERLY -> "Q" + index + " " + year;
            case MONTHLY -> YearMonth.of(year, index).getMonth()
                    .getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH) + " " + year;
        };
    }

    @Override
    public int compareTo(Period other) {
        int byStart = startDate().compareTo(other.startDate());
        return byStart != 0 ? byStart : type.compareTo(other.type);
    }

    @Override
    public String toString() {
        return code();
    }
}
