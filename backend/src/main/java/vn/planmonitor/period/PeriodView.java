package vn.planmonitor.period;

import java.time.LocalDate;

/** A period as the API shows it. */
public record PeriodView(String code, PeriodType type, LocalDate startDate, LocalDate endDate, String nameVi,
                         String nameEn) {

    public static PeriodView of(Period p) {
        return new PeriodView(p.code(), p.type(), p.startDate(), p.endDate(), p.nameVi(), p.nameEn());
    }
}
