package vn.planmonitor.demo;

import jakarta.inject.Inject;
import vn.planmonitor.period.Period;
import vn.planmonitor.progress.ProgressCells;
import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import vn.planmonitor.indicator.Indicator;
import vn.planmonitor.orgunit.OrgUnit;
import vn.planmonitor.plan.Plan;
import vn.planmonitor.submission.Submission;
import vn.planmonitor.submission.SubmissionStatus;
import vn.planmonitor.submission.SubmissionValue;
import vn.planmonitor.submission.ValueItem;


import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import vn.planmonitor.common.Today;

/**
 * Synthetic reports for 2016–2020 so a fresh {@code make run} has something to look at. Built
 * into the {@code local} profile only: tests and production never contain it. Every report is
 * marked {@code demo}; the same seed gives the same figures on every machine.
 */
@ApplicationScoped
@IfBuildProfile("local")
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);
    private static final String PLAN = "D11-STI-2016-2020";
    private static final long SEED = 20151125L;
    static final String COMMENT = "Dữ liệu minh hoạ, không phải số liệu thật / Demo data, not real figures";

    @Inject
    ProgressCells cells;

    @Transactional
    void load(@Observes StartupEvent event) {
        Plan plan = Plan.findByCode(PLAN).orElse(null);
        if (plan == null || Submission.count("plan", plan) > 0) {
            return;
        }
        Random random = new Random(SEED);
        List<Indicator> indicators = Indicator.listForPlan(plan);
        List<OrgUnit> units = OrgUnit.list("order by code");
        int created = 0;
        for (int year = plan.firstYear; year <= plan.lastYear; year++) {
            double progress = (year - plan.firstYear + 1.0) / (plan.lastYear - plan.firstYear + 1.0);
            for (OrgUnit unit : units) {
                Period period = Period.yearly(year);
                List<Indicator> reported = indicators.stream().filter(i -> i.isReportedBy(unit, period)).toList();
                if (reported.isEmpty() || (year == plan.lastYear && random.nextInt(5) == 0)) {
                    continue; // some 2020 reports have not come in yet
                }
                Submission submission = new Submission();
                submission.plan = plan;
                submission.orgUnit = unit;
                submission.periodCode = String.valueOf(year);
                submission.status = statusFor(year, plan.lastYear, random);
                stampReview(submission, year, random);
                submission.comment = COMMENT;
                submission.demo = true;
                for (Indicator indicator : reported) {
                    submission.values.add(valueFor(submission, indicator, progress, random, year));
                }
                submission.persist();
                created++;
            }
        }
        // The public portal has something to show at once; its pages say the figures are demo data.
        if (plan.publishedAt == null) {
            plan.publishedAt = java.time.Instant.now();
            plan.publishedBy = "demo";
        }
        cells.rebuildPlan(plan.id); // written entity by entity, not through the review workflow
        LOG.infof("Loaded %d demo reports for %s (marked demo, published on the public portal)", created, PLAN);
    }

    private static SubmissionStatus statusFor(int year, int lastYear, Random random) {
        if (year < lastYear) {
            return SubmissionStatus.APPROVED;
        }
        return switch (random.nextInt(4)) {
            case 0 -> SubmissionStatus.DRAFT;
            case 1 -> SubmissionStatus.SUBMITTED;
            default -> SubmissionStatus.APPROVED;
        };
    }

    /** Reports arrive in January, one in six after the 31 January deadline; approvals follow two weeks later. */
    private static void stampReview(Submission submission, int year, Random random) {
        if (submission.status == SubmissionStatus.DRAFT) {
            return;
        }
        boolean late = random.nextInt(6) == 0;
        LocalDate sent = LocalDate.of(year + 1, late ? 2 : 1, 1 + random.nextInt(late ? 27 : 30));
        submission.firstSubmittedAt = sent.atTime(9, 0).atZone(Today.ZONE).toInstant();
        submission.submittedAt = submission.firstSubmittedAt;
        submission.submittedBy = "demo." + submission.orgUnit.code.toLowerCase();
        submission.onTime = !late;
        if (submission.status == SubmissionStatus.APPROVED) {
            submission.decidedAt = submission.submittedAt.plus(Duration.ofDays(14));
            submission.decidedBy = "demo.reviewer";
        }
    }

    private static SubmissionValue valueFor(Submission submission, Indicator indicator, double progress,
                                            Random random, int year) {
        SubmissionValue value = new SubmissionValue();
        value.submission = submission;
        value.indicator = indicator;
        switch (indicator.valueKind) {
            case RATIO -> {
                int total = indicator.code.startsWith("ECON") ? 2 + random.nextInt(3) : 15 + random.nextInt(45);
                double share = Math.min(1.0, progress * (indicator.code.startsWith("ECON") ? 1.0 : 0.6)
                        + random.nextGaussian() * 0.1);
                value.denominator = BigDecimal.valueOf(total);
                value.numerator = BigDecimal.valueOf(Math.max(0, Math.min(total, Math.round(total * share))));
            }
            case BOOLEAN -> value.answer = random.nextDouble() < 0.35 + 0.65 * progress;
            case COUNT, NUMBER -> {
                int count = indicator.code.startsWith("ENTERPRISES") ? 2 + random.nextInt(3)
                        : indicator.itemsRequired ? random.nextInt(3) + (random.nextDouble() < progress ? 1 : 0)
                        : random.nextInt(9);
                value.number = BigDecimal.valueOf(count);
                if (indicator.itemsRequired) {
                    for (int n = 0; n < count; n++) {
                        ValueItem item = new ValueItem();
                        item.value = value;
                        item.position = n;
                        item.name = itemName(indicator, submission.orgUnit, year, n);
                        item.flagged = indicator.itemFlagVi != null && random.nextBoolean();
                        value.items.add(item);
                    }
                }
            }
        }
        return value;
    }

    private static String itemName(Indicator indicator, OrgUnit unit, int year, int n) {
        if (indicator.code.startsWith("ENTERPRISES")) {
            return "Doanh nghiệp minh hoạ " + (char) ('A' + n) + " (" + year + ")";
        }
        return "Mô hình minh hoạ " + (n + 1) + " – " + unit.nameVi + " (" + year + ")";
    }
}
