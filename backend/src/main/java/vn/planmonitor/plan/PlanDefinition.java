package vn.planmonitor.plan;

import vn.planmonitor.indicator.IndicatorInput;
import vn.planmonitor.targets.TargetInput;

import java.util.List;

/**
 * A whole plan as one document (issue 16): what an admin downloads, keeps, edits and imports again, and what
 * a plan's next cycle is copied from. Items are the very inputs POST and PUT take, so a field added to
 * {@link TargetInput} or {@link IndicatorInput} is a field of the document once the export writes it
 * ({@link PlanDefinitionService#targetInput}, {@link PlanDefinitionService#indicatorInput}).
 *
 * @param version the document format; {@link #VERSION} is the only one read today
 */
public record PlanDefinition(Integer version, PlanInput plan, List<IndicatorInput> indicators,
                             List<TargetInput> targets) {

    public static final int VERSION = 1;
}
