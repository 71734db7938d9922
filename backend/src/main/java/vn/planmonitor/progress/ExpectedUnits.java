package vn.planmonitor.progress;

import io.quarkus.hibernate.orm.panache.Panache;
import vn.planmonitor.indicator.Indicator;
import vn.planmonitor.orgunit.OrgUnit;
import vn.planmonitor.period.Period;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * How many units are expected to report an indicator in a period ({@link Indicator#isReportedBy}: valid on
 * the period's last day), counted from the units per type and validity — one small query, however many
 * units there are (units that began or ended on the same days share a row).
 */
final class ExpectedUnits {

    private record Group(String type, LocalDate validFrom, LocalDate validTo, int units) {

        boolean validOn(LocalDate day) {
            return OrgUnit.isValidOn(validFrom, validTo, day);
        }
    }

    private final List<Group> groups = new ArrayList<>();

    private ExpectedUnits() {
    }

    static ExpectedUnits load() {
        ExpectedUnits expected = new ExpectedUnits();
        List<Object[]> rows = Panache.getEntityManager().createQuery(
                "select u.type, u.validFrom, u.validTo, count(u) from OrgUnit u group by u.type, u.validFrom, u.validTo",
                Object[].class).getResultList();
        for (Object[] row : rows) {
            expected.groups.add(new Group((String) row[0], (LocalDate) row[1], (LocalDate) row[2],
                    ((Number) row[3]).intValue()));
        }
        return expected;
    }

    int count(Indicator indicator, Period period) {
        if (!indicator.active) {
            return 0;
        }
        if (!indicator.reportingUnits.isEmpty()) {
            return (int) indicator.reportingUnits.stream().filter(u -> indicator.isReportedBy(u, period)).count();
        }
        LocalDate last = period.endDate();
        return groups.stream().filter(g -> indicator.reportingUnitTypes.contains(g.type()) && g.validOn(last))
                .mapToInt(Group::units).sum();
    }
}
