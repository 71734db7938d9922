package vn.planmonitor.progress;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import vn.planmonitor.indicator.IndicatorChanged;
import vn.planmonitor.orgunit.UnitAdded;
import vn.planmonitor.orgunit.UnitChanged;
import vn.planmonitor.orgunit.UnitRemoved;
import vn.planmonitor.plan.PlanChanged;
import vn.planmonitor.submission.ReportStatusChanged;
import vn.planmonitor.targets.TargetChanged;
import vn.planmonitor.targets.TargetRemoved;

import java.util.List;
import java.util.Optional;

/**
 * A stamp per plan ({@code plan.figures_version}) that moves, in the very transaction, with every change a
 * plan's figures are computed from: a report's status (what counts), the plan's years and deadline, a
 * target, an indicator, a unit. An answer computed while the stamp was s is therefore still exact while it
 * is s ({@link ProgressAnswers}); the only other input, today's date, is part of the question. A report
 * moves its own plan only; definitions change rarely, and a unit or an indicator may matter to any plan, so
 * they move every plan. The update also takes the plan's row lock until commit, after the cells' locks:
 * every writer takes them in that order.
 * <p>
 * A move draws a random stamp rather than adding one: a count would come back to a value it had — a
 * database restored or migrated afresh under a running application starts again from where it was — and
 * an answer kept for the old history would pass for the new one. {@link #NEVER_MOVED}, the stamp of a plan
 * as migrated, is the same everywhere, so an answer computed at it is never kept.
 */
@ApplicationScoped
public class FiguresVersion {

    /** After {@link ProgressCells}' observers of the same events (the default priority): cells, then plan. */
    private static final int AFTER_THE_CELLS = Interceptor.Priority.APPLICATION + 1000;

    /** The stamp a migration gives a plan; see the class comment. */
    static final long NEVER_MOVED = 0;

    /** A new stamp: 53 random bits (a double's), never 0. */
    private static final String MOVE = "figures_version = FLOOR(1 + RAND() * 9007199254740991)";

    /** The plan's stamp now, or empty when there is no such plan. */
    static Optional<Long> of(long planId) {
        List<?> rows = Panache.getEntityManager()
                .createNativeQuery("SELECT figures_version FROM plan WHERE id = ?1")
                .setParameter(1, planId).getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.of(((Number) rows.get(0)).longValue());
    }

    /** A target's plan and its stamp now, or empty when there is no such target. */
    static Optional<PlanCount> ofTargetsPlan(long targetId) {
        List<?> rows = Panache.getEntityManager().createNativeQuery(
                        "SELECT p.id, p.figures_version FROM plan_target t JOIN plan p ON p.id = t.plan_id WHERE t.id = ?1")
                .setParameter(1, targetId).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) rows.get(0);
        return Optional.of(new PlanCount(((Number) row[0]).longValue(), ((Number) row[1]).longValue()));
    }

    record PlanCount(long planId, long version) {
    }

    static void movePlan(long planId) {
        Panache.getEntityManager()
                .createNativeQuery("UPDATE plan SET " + MOVE + " WHERE id = ?1")
                .setParameter(1, planId).executeUpdate();
    }

    static void moveEveryPlan() {
        Panache.getEntityManager().createNativeQuery("UPDATE plan SET " + MOVE)
                .executeUpdate();
    }

    void reportChanged(@Observes @Priority(AFTER_THE_CELLS) ReportStatusChanged event) {
        movePlan(event.report().plan.id);
    }

    void planChanged(@Observes @Priority(AFTER_THE_CELLS) PlanChanged event) {
        movePlan(event.planId());
    }

    void targetChanged(@Observes @Priority(AFTER_THE_CELLS) TargetChanged event) {
        moveEveryPlan();
    }

    void indicatorChanged(@Observes @Priority(AFTER_THE_CELLS) IndicatorChanged event) {
        moveEveryPlan();
    }

    void targetRemoved(@Observes @Priority(AFTER_THE_CELLS) TargetRemoved event) {
        moveEveryPlan();
    }

    void unitChanged(@Observes @Priority(AFTER_THE_CELLS) UnitChanged event) {
        moveEveryPlan();
    }

    /** One unit more or fewer of its type is expected to report. */
    void unitAdded(@Observes @Priority(AFTER_THE_CELLS) UnitAdded event) {
        moveEveryPlan();
    }

    void unitRemoved(@Observes @Priority(AFTER_THE_CELLS) UnitRemoved event) {
        moveEveryPlan();
    }
}
