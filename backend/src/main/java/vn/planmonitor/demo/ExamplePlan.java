package vn.planmonitor.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.planmonitor.common.Today;
import vn.planmonitor.indicator.Indicator;
import vn.planmonitor.orgunit.OrgUnit;
import vn.planmonitor.period.PeriodType;
import vn.planmonitor.plan.Plan;
import vn.planmonitor.plan.PlanDefinition;
import vn.planmonitor.plan.PlanDefinitionService;
import vn.planmonitor.progress.ProgressCells;
import vn.planmonitor.submission.Submission;
import vn.planmonitor.submission.SubmissionStatus;
import vn.planmonitor.submission.SubmissionValue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A second, small example plan (2021–2025) with one target of each kind a newcomer should see on screen:
 * at most (K4, K5), a band (K6), cumulative (K7), change from a baseline (K8), average growth (K9),
 * milestones (K10), a derived indicator (K12) and a monthly indicator rolled up into years (K14). Its
 * definition is a plan-definition document ({@value #RESOURCE}), imported like any other, so the document
 * format is exercised on every {@code make run}; its reports for 2021–2024 are synthetic and marked demo.
 * Loaded by {@link ExamplePlanDemo} in the {@code local} profile only, and by its own test.
 */
@ApplicationScoped
public class ExamplePlan {

    public static final String CODE = "EXAMPLE-2021-2025";
    static final String RESOURCE = "/demo/example-plan-2021-2025.json";
    static final int LAST_REPORTED_YEAR = 2024;
    private static final double[] WARD_WEIGHTS = {0.31, 0.27, 0.23, 0.19};

    /**
     * District totals of 2021…2024 per indicator (a RATIO: numerator and denominator), chosen so the targets
     * show every status: K4 reaches 0.5% in 2024, K5 misses 3% in 2023, K6 is below the band in 2021, K7 is on
     * the straight line (16 of 20 after four of five years), K8 is +10% on 2020's 40, K9 grows 5.7% a year
     * (behind 8%), K10 misses its 2024 milestone (58% < 60%), K12 is 0.95% of spending in 2024.
     */
    private static final Map<String, long[][]> YEARLY = Map.of(
            "EX_POOR_HOUSEHOLDS", new long[][]{{72, 64, 48, 40}, {8000, 8000, 8000, 8000}},
            "EX_UNEMPLOYMENT", new long[][]{{520, 560, 640, 580}, {20000, 20000, 20000, 20000}},
            "EX_HEALTH_INSURANCE", new long[][]{{37400, 38080, 38560, 38840}, {40000, 40000, 40000, 40000}},
            "EX_ENTERPRISES_SUPPORTED", new long[][]{{3, 5, 4, 4}},
            "EX_STI_ENTERPRISES", new long[][]{{41, 42, 43, 44}},
            "EX_TRADE_REVENUE", new long[][]{{1050, 1110, 1180, 1250}},
            "EX_ONLINE_RECORDS", new long[][]{{1500, 1980, 2700, 3480}, {6000, 6000, 6000, 6000}},
            "EX_STI_SPENDING", new long[][]{{1200, 1400, 1700, 1900}},
            "EX_BUDGET_SPENDING", new long[][]{{200000, 200000, 200000, 200000}});

    @Inject
    PlanDefinitionService definitions;

    @Inject
    ObjectMapper mapper;

    @Inject
    ProgressCells cells;

    /** @return whether it was loaded (false: the plan exists already, left as it is) */
    @Transactional
    public boolean load() {
        return load(0);
    }

    /**
     * @param shift years added to every year of the plan and its reports: the backend tests fix today at 30
     *              June 2020, so they load it five years earlier to see it as {@code make run} does in 2025
     */
    @Transactional
    boolean load(int shift) {
        if (Plan.findByCode(CODE).isPresent()) {
            return false;
        }
        definitions.importDefinition(document(shift), false);
        Plan plan = Plan.findByCode(CODE).orElseThrow();
        List<Indicator> indicators = Indicator.listForPlan(plan);
        List<OrgUnit> wards = indicators.stream().filter(i -> !i.isDerived()).findFirst().orElseThrow()
                .reportingUnits.stream().sorted(java.util.Comparator.comparing(u -> u.code)).toList();
        for (int year = plan.firstYear; year <= LAST_REPORTED_YEAR + shift; year++) {
            int y = year - plan.firstYear;
            for (int w = 0; w < wards.size(); w++) {
                Submission yearly = submission(plan, wards.get(w), String.valueOf(year),
                        LocalDate.of(year + 1, 1, 15));
                for (Indicator indicator : indicators) {
                    long[][] totals = YEARLY.get(indicator.code);
                    if (totals == null || indicator.periodType != PeriodType.YEARLY) {
                        continue;
                    }
                    SubmissionValue value = value(yearly, indicator);
                    BigDecimal first = BigDecimal.valueOf(share(totals[0][y], w, wards.size()));
                    if (totals.length == 2) {
                        value.numerator = first;
                        value.denominator = BigDecimal.valueOf(share(totals[1][y], w, wards.size()));
                    } else {
                        value.number = first;
                    }
                }
                yearly.persist();
                for (Indicator monthly : indicators.stream().filter(i -> i.periodType == PeriodType.MONTHLY).toList()) {
                    for (int month = 1; month <= 12; month++) {
                        Submission report = submission(plan, wards.get(w), String.format("%d%02d", year, month),
                                LocalDate.of(year, month, 1).plusMonths(1).withDayOfMonth(10));
                        // 2021: 294 a ward, 1,176 in all (< 1,200); then 24 more a ward each year.
                        value(report, monthly).number = BigDecimal.valueOf(23 + month % 4 + 2L * y);
                        report.persist();
                    }
                }
            }
        }
        cells.rebuildPlan(plan.id); // written entity by entity, not through the review workflow
        return true;
    }

    PlanDefinition document(int shift) {
        try (InputStream in = ExamplePlan.class.getResourceAsStream(RESOURCE)) {
            JsonNode document = mapper.readTree(in);
            if (shift != 0) {
                moveYears(document.path("plan"), shift, "firstYear", "lastYear");
                for (JsonNode target : document.path("targets")) {
                    moveYears(target, shift, "dueYear");
                    moveYears(target.path("baseline"), shift, "year");
                    target.path("milestones").forEach(m -> moveYears(m, shift, "year"));
                }
            }
            return mapper.treeToValue(document, PlanDefinition.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void moveYears(JsonNode node, int shift, String... fields) {
        for (String field : fields) {
            if (node instanceof ObjectNode object && object.path(field).isInt()) {
                object.put(field, object.path(field).intValue() + shift);
            }
        }
    }

    /** A ward's part of a district total: by fixed weights, the rounding left over given one by one. */
    static long share(long total, int ward, int wards) {
        long[] parts = new long[wards];
        long given = 0;
        for (int i = 0; i < wards; i++) {
            parts[i] = (long) Math.floor(total * WARD_WEIGHTS[i % WARD_WEIGHTS.length] / weightSum(wards));
            given += parts[i];
        }
        for (int i = 0; given < total; i = (i + 1) % wards, given++) {
            parts[i]++;
        }
        return parts[ward];
    }

    private static double weightSum(int wards) {
        double sum = 0;
        for (int i = 0; i < wards; i++) {
            sum += WARD_WEIGHTS[i % WARD_WEIGHTS.length];
        }
        return sum;
    }

    private static Submission submission(Plan plan, OrgUnit unit, String period, LocalDate sent) {
        Submission s = new Submission();
        s.plan = plan;
        s.orgUnit = unit;
        s.periodCode = period;
        s.status = SubmissionStatus.APPROVED;
        s.comment = DemoData.COMMENT;
        s.demo = true;
        s.firstSubmittedAt = sent.atTime(9, 0).atZone(Today.ZONE).toInstant();
        s.submittedAt = s.firstSubmittedAt;
        s.submittedBy = "demo." + unit.code.toLowerCase();
        s.onTime = true;
        s.decidedAt = s.submittedAt.plus(Duration.ofDays(7));
        s.decidedBy = "demo.reviewer";
        return s;
    }

    private static SubmissionValue value(Submission submission, Indicator indicator) {
        SubmissionValue value = new SubmissionValue();
        value.submission = submission;
        value.indicator = indicator;
        submission.values.add(value);
        return value;
    }
}
