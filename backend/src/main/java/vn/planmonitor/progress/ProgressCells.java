package vn.planmonitor.progress;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import org.hibernate.Session;
import org.jboss.logging.Logger;
import vn.planmonitor.indicator.IndicatorChanged;
import vn.planmonitor.orgunit.UnitChanged;
import vn.planmonitor.orgunit.UnitChanging;
import vn.planmonitor.submission.ReportStatusChanged;
import vn.planmonitor.submission.ReportStatusChanging;
import vn.planmonitor.submission.Submission;
import vn.planmonitor.submission.SubmissionStatus;
import vn.planmonitor.targets.TargetChanged;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;

/**
 * Keeps the table {@code progress_cell} — per target, period, counting status and "expected in the period" flag,
 * what the counted values add up to — in step with the reports, inside the transaction that changes
 * them. So the figures a plan's progress reads are never stale, and there is no batch job. It learns of
 * the changes from the events the packages below fire (a report's status, a unit, an indicator, a
 * target): they do not know the summaries exist.
 * <p>
 * Every change is a delta of one set-based statement: a report's (or a unit's) contribution is taken
 * out before the change and put back after it, by the same SQL that rebuilds a whole plan. The
 * arithmetic of a unit's own value (its ratio as a percentage rounded to 4 places half-up, yes = 1)
 * restates {@link Aggregator#valueOf} in SQL; {@code ProgressCellsTest} proves the two agree on
 * generated data, and {@code District11ProgressTest} on the hand-computed figures.
 */
@ApplicationScoped
public class ProgressCells {

    private static final Logger LOG = Logger.getLogger(ProgressCells.class);

    /** Building one target's cells from a national plan's values takes seconds to minutes, not 60 s. */
    private static final int BUILD_TIMEOUT_SECONDS = 3600;

    /**
     * The month after the report's period ends, counted in months since year 0 (January 2018 is 2018 × 12):
     * a year ends in its 12th month, a quarter in its 3rd, 6th, 9th or 12th, a month in itself. Integer
     * arithmetic on the period code, the same in MariaDB, MySQL and H2.
     */
    private static final String MONTH_AFTER_PERIOD = """
            (CAST(SUBSTRING(s.period_code, 1, 4) AS SIGNED) * 12
             + CASE WHEN LENGTH(s.period_code) = 4 THEN 12
                    WHEN SUBSTRING(s.period_code, 5, 1) = 'Q' THEN CAST(SUBSTRING(s.period_code, 6, 1) AS SIGNED) * 3
                    ELSE CAST(SUBSTRING(s.period_code, 5, 2) AS SIGNED) END)""";

    /**
     * The unit is valid on the last day of the report's period ({@code OrgUnit.isExpectedIn}): it began in
     * a month before the one after the period (valid_from is on or before the period's last day) and ends
     * in that month or later (valid_to, exclusive, is after the period's last day).
     */
    static final String EXPECTED_IN_PERIOD = """
            (u.valid_from IS NULL OR YEAR(u.valid_from) * 12 + MONTH(u.valid_from) - 1 < %1$s)
             AND (u.valid_to IS NULL OR YEAR(u.valid_to) * 12 + MONTH(u.valid_to) - 1 >= %1$s)""".formatted(
            MONTH_AFTER_PERIOD);

    /**
     * A unit is expected to report an indicator in the report's period: {@code Indicator.isReportedBy} in
     * SQL. It depends on the period and the unit's dates, never on today, so a cell never goes stale as
     * days pass.
     */
    private static final String REPORTER = """
            CASE WHEN i.active = TRUE AND %s
                  AND EXISTS (SELECT 1 FROM indicator_unit_type it WHERE it.indicator_id = i.id AND it.unit_type = u.unit_type)
                  AND (NOT EXISTS (SELECT 1 FROM indicator_reporting_unit r WHERE r.indicator_id = i.id)
                       OR EXISTS (SELECT 1 FROM indicator_reporting_unit r WHERE r.indicator_id = i.id AND r.org_unit_id = u.id))
                 THEN TRUE ELSE FALSE END""".formatted(EXPECTED_IN_PERIOD);

    /** The per-unit threshold a target judges units against: {@code Aggregator.Rule.effectiveUnitThreshold}. */
    private static final String UNIT_THRESHOLD =
            "COALESCE(t.unit_threshold, CASE WHEN t.aggregation = 'SUM' THEN NULL ELSE t.threshold END)";

    /**
     * The allocation in force for the report's unit and year (K11, {@code Allocations.of}): {@code ay} the
     * unit's allocation for that year, which overrides {@code aa}, its every-year one. Allocations exist only
     * on yearly indicators; the first four characters of every period code are its year, so the cast never
     * meets anything but digits.
     */
    private static final String ALLOCATION_JOINS = """
            LEFT JOIN plan_target_allocation ay ON ay.target_id = t.id AND ay.org_unit_id = u.id
                  AND ay.allocation_year = CAST(SUBSTRING(s.period_code, 1, 4) AS SIGNED)
            LEFT JOIN plan_target_allocation aa ON aa.target_id = t.id AND aa.org_unit_id = u.id
                  AND aa.allocation_year IS NULL""";

    private static final String ALLOCATED = "(ay.target_id IS NOT NULL OR aa.target_id IS NOT NULL)";

    /** A unit's own threshold: its allocation in force, or the per-unit threshold ({@code Aggregator.Rule.unitMeets}). */
    private static final String OWN_LOW = "COALESCE(ay.threshold, aa.threshold, " + UNIT_THRESHOLD + ")";

    private static final String OWN_HIGH = """
            (CASE WHEN ay.target_id IS NOT NULL THEN ay.threshold_high WHEN aa.target_id IS NOT NULL THEN aa.threshold_high
                  ELSE t.threshold_high END)""";

    /**
     * Whether a unit's value meets its own threshold in the target's direction: {@code Aggregator.Rule.unitMeets}
     * in SQL (a BETWEEN band ends at its high end).
     */
    private static String unitMeets(String value) {
        return """
                (CASE t.direction WHEN 'AT_MOST' THEN %1$s <= %2$s
                                  WHEN 'BETWEEN' THEN %1$s >= %2$s AND %1$s <= %3$s
                                  ELSE %1$s >= %2$s END)""".formatted(value, OWN_LOW, OWN_HIGH);
    }

    private static final String IS_RATIO = "i.value_kind = 'RATIO' AND v.denominator IS NOT NULL";

    /** 1 when the unit's counted value meets its own threshold, else 0 (also without a threshold). */
    private static final String MEETS = """
            CASE WHEN %s IS NULL THEN 0
                 WHEN i.value_kind = 'RATIO' THEN
                      CASE WHEN v.denominator IS NOT NULL AND v.denominator <> 0
                            AND %s THEN 1 ELSE 0 END
                 WHEN i.value_kind = 'BOOLEAN' THEN
                      CASE WHEN %s THEN 1 ELSE 0 END
                 WHEN %s THEN 1 ELSE 0 END""".formatted(OWN_LOW,
            unitMeets("ROUND(v.numerator * 100 / v.denominator, 4)"),
            unitMeets("(CASE WHEN v.answer = TRUE THEN 1 ELSE 0 END)"), unitMeets("v.number_value"));

    private static final String CONTRIBUTIONS = """
            SELECT t.id AS target_id, s.period_code, s.status, %s AS reporter,
                   CASE WHEN i.value_kind = 'BOOLEAN' THEN CASE WHEN v.answer = TRUE THEN 1 ELSE 0 END
                        WHEN i.value_kind = 'RATIO' THEN NULL
                        ELSE v.number_value END AS number_part,
                   CASE WHEN %s THEN v.numerator END AS numerator_part,
                   CASE WHEN %s THEN v.denominator END AS denominator_part,
                   %s AS meets,
                   CASE WHEN %s THEN 1 ELSE 0 END AS allocated,
                   CASE WHEN %s THEN %s ELSE 0 END AS allocation_meets
            FROM plan_target t
            JOIN indicator i ON i.id = t.indicator_id
            JOIN submission_value v ON v.indicator_id = t.indicator_id
            JOIN submission s ON s.id = v.submission_id AND s.plan_id = t.plan_id
            JOIN org_unit u ON u.id = s.org_unit_id
            %s
            WHERE s.status IN ('SUBMITTED', 'APPROVED') AND """.formatted(REPORTER, IS_RATIO, IS_RATIO, MEETS,
            ALLOCATED, ALLOCATED, MEETS, ALLOCATION_JOINS);

    /**
     * Adds (sign 1) or takes out (sign -1) the contributions selected by a filter. The rows are written
     * in key order so two transactions touching the same cells lock them in the same order.
     */
    private static final String APPLY = """
            INSERT INTO progress_cell (target_id, period_code, status, reporter, value_count, number_sum,
                                       numerator_sum, denominator_sum, meeting_count, allocated_count,
                                       allocation_meeting_count)
            SELECT target_id, period_code, status, reporter, %1$d * COUNT(*), %1$d * COALESCE(SUM(number_part), 0),
                   %1$d * COALESCE(SUM(numerator_part), 0), %1$d * COALESCE(SUM(denominator_part), 0), %1$d * SUM(meets),
                   %1$d * SUM(allocated), %1$d * SUM(allocation_meets)
            FROM (%2$s %3$s) contribution
            GROUP BY target_id, period_code, status, reporter
            ORDER BY target_id, period_code, status, reporter
            ON DUPLICATE KEY UPDATE value_count = value_count + VALUES(value_count),
                number_sum = number_sum + VALUES(number_sum), numerator_sum = numerator_sum + VALUES(numerator_sum),
                denominator_sum = denominator_sum + VALUES(denominator_sum),
                meeting_count = meeting_count + VALUES(meeting_count),
                allocated_count = allocated_count + VALUES(allocated_count),
                allocation_meeting_count = allocation_meeting_count + VALUES(allocation_meeting_count)""";

    /**
     * A target on a derived indicator (K12): each counted value of a reported indicator its formula uses
     * (its leaves, {@code indicator_formula_leaf}), in {@code progress_operand_cell}. The formula is applied
     * to these sums when the figure is read, so Σ A ÷ Σ B is a ratio of sums over all counted reports of
     * A and of B, whichever units report them. The leaves are NUMBER or COUNT indicators.
     */
    private static final String OPERAND_CONTRIBUTIONS = """
            SELECT t.id AS target_id, l.leaf_indicator_id AS indicator_id, s.period_code, s.status, %s AS reporter,
                   v.number_value AS value_part
            FROM plan_target t
            JOIN indicator_formula_leaf l ON l.indicator_id = t.indicator_id
            JOIN indicator i ON i.id = l.leaf_indicator_id
            JOIN submission_value v ON v.indicator_id = l.leaf_indicator_id
            JOIN submission s ON s.id = v.submission_id AND s.plan_id = t.plan_id
            JOIN org_unit u ON u.id = s.org_unit_id
            WHERE s.status IN ('SUBMITTED', 'APPROVED') AND v.number_value IS NOT NULL AND """.formatted(REPORTER);

    private static final String APPLY_OPERANDS = """
            INSERT INTO progress_operand_cell (target_id, indicator_id, period_code, status, reporter, value_count,
                                               value_sum)
            SELECT target_id, indicator_id, period_code, status, reporter, %1$d * COUNT(*),
                   %1$d * COALESCE(SUM(value_part), 0)
            FROM (%2$s %3$s) contribution
            GROUP BY target_id, indicator_id, period_code, status, reporter
            ORDER BY target_id, indicator_id, period_code, status, reporter
            ON DUPLICATE KEY UPDATE value_count = value_count + VALUES(value_count),
                value_sum = value_sum + VALUES(value_sum)""";

    /**
     * Which contributions a statement touches; the only SQL fragments ever appended to the statements. An
     * indicator's change also moves the operand cells of the derived targets that use it.
     */
    enum Scope {
        SUBMISSION("s.id = ?1", "s.id = ?1"),
        UNIT("s.org_unit_id = ?1", "s.org_unit_id = ?1"),
        TARGET("t.id = ?1", "t.id = ?1"),
        INDICATOR("t.indicator_id = ?1", "(t.indicator_id = ?1 OR l.leaf_indicator_id = ?1)"),
        PLAN("t.plan_id = ?1", "t.plan_id = ?1");

        final String filter;
        final String operandFilter;

        Scope(String filter, String operandFilter) {
            this.filter = filter;
            this.operandFilter = operandFilter;
        }
    }

    /**
     * A report's status is about to change: its contribution is taken out as it counts now, and put back
     * by {@link #reportChanged} as it counts after. A report that does not count (draft, returned) is not
     * touched before the change — so a half-changed report is not flushed early, which would move its
     * version twice.
     */
    void reportChanging(@Observes ReportStatusChanging event) {
        Submission report = event.report();
        if (counts(report.status)) {
            lockCurrentVersion(report);
            em().flush();
            apply(-1, Scope.SUBMISSION, report.id);
        }
    }

    void reportChanged(@Observes ReportStatusChanged event) {
        em().flush();
        if (counts(event.report().status)) {
            apply(1, Scope.SUBMISSION, event.report().id);
        }
    }

    /**
     * Takes the report's row before reading its contribution: two reviewers deciding the same report at
     * once would otherwise both read it (shared locks) and then both wait to write it — a deadlock. Now
     * the second waits here, then finds a newer version and loses as a stale write (412). Plain JDBC, so
     * Hibernate does not flush a half-changed report first.
     */
    private static void lockCurrentVersion(Submission report) {
        em().unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(
                    "SELECT version FROM submission WHERE id = ? FOR UPDATE")) {
                ps.setLong(1, report.id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next() || rs.getLong(1) != report.version) {
                        throw new OptimisticLockException("report " + report.id + " changed meanwhile");
                    }
                }
            }
        });
    }

    /**
     * Only SUBMITTED and APPROVED reports count (the {@code s.status IN} of {@link #CONTRIBUTIONS}); a
     * report starts or stops counting only through review, which runs its change through {@link #change}.
     * That is why a bulk import ({@code submission.SubmissionBatchWriter}) never touches the cells: it
     * writes values only into DRAFT and RETURNED reports, creates missing ones as DRAFT, never changes a
     * status, refuses rows for SUBMITTED and APPROVED reports as conflicts (E7640, E7641), and holds the
     * reports it read locked (FOR UPDATE) until it commits, so none is submitted or approved meanwhile.
     * The report form is the same: saving a draft or a returned report moves no cell.
     */
    private static boolean counts(SubmissionStatus status) {
        return status == SubmissionStatus.SUBMITTED || status == SubmissionStatus.APPROVED;
    }

    /** A unit's dates or type may change whether it is expected to report: out before, back after. */
    void unitChanging(@Observes UnitChanging event) {
        em().flush();
        apply(-1, Scope.UNIT, event.unitId());
    }

    void unitChanged(@Observes UnitChanged event) {
        em().flush();
        apply(1, Scope.UNIT, event.unitId());
    }

    /** After a target's rule, threshold or indicator changed, or it was created. */
    void targetChanged(@Observes TargetChanged event) {
        rebuildTarget(event.targetId());
    }

    /** After an indicator's reporting units, types or active flag changed. */
    void indicatorChanged(@Observes IndicatorChanged event) {
        String targets = "target_id IN (SELECT id FROM plan_target WHERE indicator_id = ?1)";
        rebuild(Scope.INDICATOR, event.indicatorId(), targets, targets + " OR indicator_id = ?1");
    }

    private void rebuildTarget(long targetId) {
        rebuild(Scope.TARGET, targetId, "target_id = ?1", "target_id = ?1");
    }

    /** After reports were written without the application (demo data, a bulk load, a restore). */
    public void rebuildPlan(long planId) {
        String targets = "target_id IN (SELECT id FROM plan_target WHERE plan_id = ?1)";
        rebuild(Scope.PLAN, planId, targets, targets);
        markBuilt(planId);
    }

    private static void markBuilt(long planId) {
        em().createNativeQuery("UPDATE plan SET progress_cells_built = TRUE WHERE id = ?1")
                .setParameter(1, planId).executeUpdate();
        FiguresVersion.movePlan(planId);
    }

    /**
     * Plans whose cells are not built yet (after the migration that added them, or a bulk load): built
     * target by target, each in a transaction of its own — a national plan's ten million values take
     * minutes, longer than a request's transaction may last. The plan is marked built at the end, so
     * an interrupted build starts again at the next start.
     */
    void buildMissing(@Observes StartupEvent event) {
        List<Long> plans = QuarkusTransaction.requiringNew().call(() -> ids(
                "SELECT id FROM plan WHERE progress_cells_built = FALSE", null));
        for (long plan : plans) {
            long started = System.nanoTime();
            List<Long> targets = QuarkusTransaction.requiringNew().call(() -> ids(
                    "SELECT id FROM plan_target WHERE plan_id = ?1 ORDER BY id", plan));
            for (long target : targets) {
                QuarkusTransaction.requiringNew().timeout(BUILD_TIMEOUT_SECONDS).run(() -> rebuildTarget(target));
            }
            QuarkusTransaction.requiringNew().run(() -> markBuilt(plan));
            LOG.infof("Built the progress cells of plan %d (%d targets) in %d ms", plan, targets.size(),
                    (System.nanoTime() - started) / 1_000_000);
        }
    }

    private static List<Long> ids(String sql, Long parameter) {
        var query = em().createNativeQuery(sql);
        if (parameter != null) {
            query.setParameter(1, parameter);
        }
        @SuppressWarnings("unchecked")
        List<Number> rows = query.getResultList();
        return rows.stream().map(Number::longValue).toList();
    }

    /** @param cells which cells to empty first: a condition on {@code progress_cell}, then on the operand cells */
    private void rebuild(Scope scope, long id, String cells, String operandCells) {
        EntityManager em = em();
        em.flush();
        em.createNativeQuery("DELETE FROM progress_cell WHERE " + cells).setParameter(1, id).executeUpdate();
        em.createNativeQuery("DELETE FROM progress_operand_cell WHERE " + operandCells).setParameter(1, id)
                .executeUpdate();
        apply(1, scope, id);
    }

    private void apply(int sign, Scope scope, long id) {
        em().createNativeQuery(APPLY.formatted(sign, CONTRIBUTIONS, scope.filter)).setParameter(1, id)
                .executeUpdate();
        em().createNativeQuery(APPLY_OPERANDS.formatted(sign, OPERAND_CONTRIBUTIONS, scope.operandFilter))
                .setParameter(1, id).executeUpdate();
    }

    private static EntityManager em() {
        return Panache.getEntityManager();
    }
}
