package vn.planmonitor.progress;

import vn.planmonitor.indicator.Indicator;
import vn.planmonitor.plan.Plan;
import vn.planmonitor.plan.PlanService;
import vn.planmonitor.targets.Target;

import java.util.List;

/**
 * The reference implementation of a plan's progress, for tests only: every figure of every period
 * computed unit by unit from the stored reports by the production arithmetic ({@link Aggregator}), none
 * read from the progress cells. {@code ProgressCellsTest} and {@code ReviewFlowProgressTest} check the
 * cells' figures against it. Call it inside a transaction, as a request would be.
 */
final class ReferenceProgress {

    private ReferenceProgress() {
    }

    static PlanProgressView plan(ProgressService service, long planId, ProgressQuery asked) {
        Plan plan = PlanService.find(planId);
        List<Target> targets = ProgressService.targetsOf(plan);
        List<Indicator> indicators = ProgressService.reportedIndicators(targets);
        ProgressService.Query query = ProgressService.resolve(plan, asked, false);
        return service.planView(plan, targets, query,
                new ProgressService.Sources(null, null, PlanReports.load(plan, indicators, null)),
                service.today());
    }
}
