package vn.planmonitor.progress;

import vn.planmonitor.period.Period;
import vn.planmonitor.indicator.Indicator;
import vn.planmonitor.orgunit.OrgUnit;
import vn.planmonitor.targets.Allocation;
import vn.planmonitor.targets.Target;
import vn.planmonitor.targets.TargetDirection;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A target's allocations (giao chỉ tiêu, K11) as the progress reads them: which threshold is in force for a
 * unit in a year — its allocation for that year, else its every-year allocation, else none — and what the
 * allocations in force add up to. The SQL of {@link ProgressCells} restates {@link #of(OrgUnit, int)}.
 */
final class Allocations {

    static final Allocations NONE = new Allocations(TargetDirection.AT_LEAST, List.of());

    private final TargetDirection direction;
    /**
     * By unit id (a unit read through an allocation may be a lazy proxy of the entity a report names): its
     * every-year allocation under the key {@code null}, and its yearly ones.
     */
    private final Map<Long, Map<Integer, Allocation>> byUnit = new LinkedHashMap<>();
    private final Map<Long, OrgUnit> units = new HashMap<>();

    private Allocations(TargetDirection direction, List<Allocation> allocations) {
        this.direction = direction;
        for (Allocation a : allocations) {
            byUnit.computeIfAbsent(a.unit.id, u -> new HashMap<>()).put(a.year, a);
            units.put(a.unit.id, a.unit);
        }
    }

    static Allocations of(Target target) {
        return target.allocations.isEmpty() ? NONE
                : new Allocations(TargetDirection.orDefault(target.direction), target.allocations);
    }

    boolean any() {
        return !byUnit.isEmpty();
    }

    /** The unit's allocation in force in the year, as a bound in the target's direction; {@code null}: none. */
    TargetStatusRule.Bound of(OrgUnit unit, int year) {
        return of(unit.id, year);
    }

    private TargetStatusRule.Bound of(Long unitId, int year) {
        Map<Integer, Allocation> own = byUnit.get(unitId);
        if (own == null) {
            return null;
        }
        Allocation a = own.containsKey(year) ? own.get(year) : own.get(null);
        return a == null ? null : new TargetStatusRule.Bound(direction, a.threshold, a.thresholdHigh);
    }

    /** For each unit, in the same order, its allocation in force in the year. */
    List<TargetStatusRule.Bound> of(List<OrgUnit> units, int year) {
        return units.stream().map(u -> of(u, year)).toList();
    }

    /**
     * The allocations in force in the year added up (a band's ends each); {@code null} when no unit has one
     * that year. Every allocated unit counts, reporting or not: the sum is what was handed out.
     */
    TargetStatusRule.Bound sum(int year) {
        BigDecimal low = null;
        BigDecimal high = null;
        for (Long unit : byUnit.keySet()) {
            TargetStatusRule.Bound own = of(unit, year);
            if (own != null) {
                low = low == null ? own.threshold() : low.add(own.threshold());
                if (own.high() != null) {
                    high = high == null ? own.high() : high.add(own.high());
                }
            }
        }
        return low == null ? null : new TargetStatusRule.Bound(direction, low, high);
    }

    /** Units with an allocation in force in the year that are expected to report the indicator in that year. */
    int reportersIn(Indicator indicator, int year) {
        return (int) byUnit.keySet().stream()
                .filter(id -> of(id, year) != null && indicator.isReportedBy(units.get(id), Period.yearly(year))).count();
    }
}
