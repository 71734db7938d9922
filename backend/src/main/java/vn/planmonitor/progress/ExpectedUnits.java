package vn.planmonitor.progress;

import io.quarkus.hibernate.orm.panache.Panache;
import vn.planmonitor.indicator.Indicator;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How many units are expected to report an indicator today ({@link Indicator#isReportedBy}), counted
 * from the active units per type — one small query, however many units there are.
 */
final class ExpectedUnits {

    private final Map<String, Integer> activeByType = new HashMap<>();

    private ExpectedUnits() {
    }

    static ExpectedUnits now() {
        ExpectedUnits expected = new ExpectedUnits();
        List<Object[]> rows = Panache.getEntityManager().createQuery(
                "select u.type, count(u) from OrgUnit u where u.active = true group by u.type", Object[].class)
                .getResultList();
        for (Object[] row : rows) {
            expected.activeByType.put((String) row[0], ((Number) row[1]).intValue());
        }
        return expected;
    }

    int count(Indicator indicator) {
        if (!indicator.active) {
            return 0;
        }
        if (!indicator.reportingUnits.isEmpty()) {
            return (int) indicator.reportingUnits.stream().filter(indicator::isReportedBy).count();
        }
        return indicator.reportingUnitTypes.stream().mapToInt(t -> activeByType.getOrDefault(t, 0)).sum();
    }
}
