package vn.planmonitor.targets;

import vn.planmonitor.common.Decimals;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a target means, as opposed to how it is worded or listed: the figure it is judged on and what that
 * figure must reach, how and when. A change to any of it changes whether the target is met, so it is kept as
 * a revision with a reason ({@link TargetRevisions}); the statements, code and position are not.
 * <p>
 * {@link #of(Target)} is the only place a definition is read from a target: a field added to a target's
 * definition (per-unit allocations, say) is added to this record and to that method, and from then on it is
 * part of every revision's snapshot and of {@link #changedFrom}. Decimals are stripped of the column's scale
 * so that 20 and 20.0000 are the same definition.
 */
public record TargetDefinition(String indicatorCode, Aggregation aggregation, BigDecimal unitThreshold,
                               BigDecimal threshold, TargetDirection direction, BigDecimal thresholdHigh,
                               TargetMeasure measure, Baseline baseline, TargetTiming timing, Integer dueYear,
                               List<MilestoneView> milestones, List<AllocationView> allocations) {

    /** A revision stored before allocations existed reads as "no allocations", not as a change. */
    public TargetDefinition {
        allocations = allocations == null ? List.of() : allocations;
    }

    public static TargetDefinition of(Target t) {
        return new TargetDefinition(t.indicator.code, t.aggregation, Decimals.strip(t.unitThreshold),
                Decimals.strip(t.threshold), t.direction, Decimals.strip(t.thresholdHigh), t.measure,
                t.baselineYear == null ? null : new Baseline(t.baselineYear, Decimals.strip(t.baselineValue)),
                t.timing, t.dueYear, t.milestones.stream().map(MilestoneView::of).toList(),
                t.allocations.stream().map(AllocationView::of).sorted(AllocationView.ORDER).toList());
    }

    /**
     * The names of the fields that differ from {@code before}, in the record's order; empty when nothing
     * does. Read from the record's components, so a new field is compared without being listed here.
     */
    public List<String> changedFrom(TargetDefinition before) {
        List<String> changed = new ArrayList<>();
        for (RecordComponent c : TargetDefinition.class.getRecordComponents()) {
            if (!Objects.equals(read(c, this), read(c, before))) {
                changed.add(c.getName());
            }
        }
        return changed;
    }

    private static Object read(RecordComponent component, TargetDefinition definition) {
        try {
            return component.getAccessor().invoke(definition);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName(), e);
        }
    }
}
