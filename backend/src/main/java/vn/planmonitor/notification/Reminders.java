package vn.planmonitor.notification;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hibernate.exception.ConstraintViolationException;
import org.jboss.logging.Logger;
import vn.planmonitor.completeness.Deadlines;
import vn.planmonitor.completeness.ReportState;
import vn.planmonitor.indicator.Indicator;
import vn.planmonitor.orgunit.OrgUnit;
import vn.planmonitor.period.Period;
import vn.planmonitor.period.PeriodType;
import vn.planmonitor.plan.Plan;
import vn.planmonitor.security.AppUser;
import vn.planmonitor.submission.Submission;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reminds the reporters of each unit that has not submitted a report: "deadline soon" in the
 * {@code days-before} days up to its due date, "overdue" in the {@code overdue-within-days} after it.
 * <p>
 * Exactly once per plan, unit, period and kind — across restarts and with several backend instances on
 * one database: before writing a reminder the job inserts a {@code reminder_claim} row whose unique key
 * is those four, in the same transaction as the reminder. A second run, or a second instance racing this
 * one, fails that insert on the duplicate (the database makes it wait for the first to commit) and sends
 * nothing; if writing the reminder fails, the claim is rolled back with it and the next run tries again.
 * A unit whose report has been received (submitted, even if returned since — {@link ReportState}) is
 * never reminded; that is checked again inside the claiming transaction.
 */
@ApplicationScoped
public class Reminders {

    private static final Logger LOG = Logger.getLogger(Reminders.class);

    @Inject
    Notifier notifier;

    @Inject
    ReminderConfig config;

    @Inject
    Clock clock;

    /** A unit's report for one period that may deserve a reminder today. */
    record Candidate(long planId, long unitId, String periodCode, NotificationKind kind, LocalDate dueDate) {
    }

    @Scheduled(every = "${planmonitor.reminders.check-every:1h}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        remind(LocalDate.now(clock));
    }

    /** Sends the reminders due on {@code today} ({@code common/Today}'s day when scheduled); answers how many were written. */
    public int remind(LocalDate today) {
        List<Candidate> candidates = QuarkusTransaction.requiringNew().call(() -> candidates(today));
        int reminded = 0;
        for (Candidate c : candidates) {
            try {
                if (QuarkusTransaction.requiringNew().call(() -> claimAndNotify(c))) {
                    reminded++;
                }
            } catch (RuntimeException e) {
                if (isDuplicate(e)) {
                    LOG.debugf("Reminder %s already sent (claimed by another run or instance)", c);
                } else {
                    LOG.errorf(e, "Reminder %s not sent; the next run tries again", c);
                }
            }
        }
        return reminded;
    }

    private List<Candidate> candidates(LocalDate today) {
        List<Candidate> out = new ArrayList<>();
        List<OrgUnit> units = OrgUnit.list("order by code");
        for (Plan plan : Plan.<Plan>listAll()) {
            List<Indicator> indicators = Indicator.listForPlan(plan);
            Set<PeriodType> types = indicators.stream().map(i -> i.periodType).collect(Collectors.toSet());
            for (PeriodType type : types) {
                List<Indicator> ofType = indicators.stream().filter(i -> i.periodType == type).toList();
                for (Period period : Period.between(type, plan.firstYear, plan.lastYear)) {
                    LocalDate due = Deadlines.dueDate(period, plan.reportDeadlineDays);
                    NotificationKind kind = kindOn(today, due);
                    if (kind == null) {
                        continue;
                    }
                    // Claimed already (by an earlier run): not tried again, so only a true race meets the unique key.
                    Set<Long> claimed = Set.copyOf(Panache.getEntityManager().createNativeQuery("SELECT org_unit_id"
                                    + " FROM reminder_claim WHERE plan_id = ?1 AND period_code = ?2 AND kind = ?3", Long.class)
                            .setParameter(1, plan.id).setParameter(2, period.code()).setParameter(3, kind.name())
                            .getResultList());
                    Map<Long, Submission> reports = new HashMap<>();
                    Submission.<Submission>list("plan = ?1 and periodCode = ?2", plan, period.code())
                            .forEach(s -> reports.put(s.orgUnit.id, s));
                    for (OrgUnit unit : units) {
                        boolean expected = ofType.stream().anyMatch(i -> i.isReportedBy(unit, period));
                        if (expected && !claimed.contains(unit.id) && !received(reports.get(unit.id))) {
                            out.add(new Candidate(plan.id, unit.id, period.code(), kind, due));
                        }
                    }
                }
            }
        }
        return out;
    }

    /** Which reminder a report due on {@code due} deserves today, if any. */
    NotificationKind kindOn(LocalDate today, LocalDate due) {
        if (!today.isAfter(due) && !today.isBefore(due.minusDays(config.daysBefore()))) {
            return NotificationKind.DEADLINE_SOON;
        }
        if (today.isAfter(due) && !today.isAfter(due.plusDays(config.overdueWithinDays()))) {
            return NotificationKind.OVERDUE;
        }
        return null;
    }

    private static boolean received(Submission report) {
        return report != null && ReportState.of(report.status).received();
    }

    private boolean claimAndNotify(Candidate c) {
        Plan plan = Plan.findById(c.planId());
        OrgUnit unit = OrgUnit.findById(c.unitId());
        if (received(Submission.find(plan, unit, c.periodCode()).orElse(null))) {
            return false; // submitted since the candidates were read
        }
        Panache.getEntityManager().createNativeQuery("INSERT INTO reminder_claim (plan_id, org_unit_id, period_code,"
                        + " kind, claimed_at) VALUES (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, c.planId()).setParameter(2, c.unitId()).setParameter(3, c.periodCode())
                .setParameter(4, c.kind().name()).setParameter(5, Instant.now()).executeUpdate();
        notifier.notify(AppUser.listReportersOf(unit),
                new Notice(c.kind(), plan, unit, c.periodCode(), null, null, null, c.dueDate()));
        return true;
    }

    private static boolean isDuplicate(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConstraintViolationException) {
                return true;
            }
        }
        return false;
    }
}
