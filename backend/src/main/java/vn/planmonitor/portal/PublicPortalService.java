package vn.planmonitor.portal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.planmonitor.common.ApiException;
import vn.planmonitor.common.Decimals;
import vn.planmonitor.common.Messages;
import vn.planmonitor.common.Violations;
import vn.planmonitor.indicator.Indicator;
import vn.planmonitor.indicator.ValueKind;
import vn.planmonitor.orgunit.BoundaryService;
import vn.planmonitor.plan.Plan;
import vn.planmonitor.progress.PeriodFigureView;
import vn.planmonitor.progress.PlanProgressView;
import vn.planmonitor.progress.ProgressQuery;
import vn.planmonitor.progress.ProgressService;
import vn.planmonitor.progress.TargetProgressResponse;
import vn.planmonitor.progress.TargetProgressView;
import vn.planmonitor.progress.UnitFigureView;
import vn.planmonitor.submission.Submission;
import vn.planmonitor.submission.SubmissionStatus;
import vn.planmonitor.targets.Target;
import vn.planmonitor.targets.TargetDirection;
import vn.planmonitor.targets.TargetMeasure;
import vn.planmonitor.targets.TargetTiming;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The public portal: published plans only (anything else is a 404, as if it did not exist), figures
 * from APPROVED reports only (the progress engine without {@code include=submitted}), and the view
 * counters. Everything is mapped into {@link PublicViews} field by field.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PublicPortalService {

    public static final String PORTAL = "portal";
    private static final Pattern TARGET_PAGE = Pattern.compile("target:([A-Za-z0-9][A-Za-z0-9_.-]{0,49})");

    @Inject
    ProgressService progress;

    @Inject
    ViewCounters counters;

    @Inject
    BoundaryService boundaries;

    public PublicViews.PlanList plans() {
        List<Plan> plans = Plan.list("publishedAt is not null order by code");
        return new PublicViews.PlanList(plans.stream().map(PublicPortalService::summary).toList(),
                counters.count(PORTAL));
    }

    public PublicViews.PlanPage plan(String code) {
        Plan plan = published(code);
        PlanProgressView view = progress.plan(plan.id, ProgressQuery.DEFAULT.withUnits(false));
        Map<String, Target> targets = targetsOf(plan);
        List<PublicViews.TargetSummary> items = view.targets().stream()
                .map(t -> target(t, targets.get(t.targetCode()), false)).toList();
        return new PublicViews.PlanPage(summary(plan), view.currentYear(), view.generatedAt(),
                counters.count(PORTAL), counters.count(planKey(plan)), items);
    }

    public PublicViews.TargetPage target(String code, String targetCode) {
        Plan plan = published(code);
        Target target = publishedTarget(plan, targetCode);
        TargetProgressResponse report = progress.target(target.id, ProgressQuery.DEFAULT.withUnits(true));
        return new PublicViews.TargetPage(summary(plan), report.currentYear(), report.generatedAt(),
                counters.count(PORTAL), target(report.target(), target, true));
    }

    /** The shapes of the units the target's page lists in any year (see {@link BoundaryService#of}). */
    public ObjectNode boundaries(String code, String targetCode) {
        Plan plan = published(code);
        Target target = publishedTarget(plan, targetCode);
        TargetProgressResponse report = progress.target(target.id, ProgressQuery.DEFAULT.withUnits(true));
        Set<String> units = report.target().periods().stream().filter(p -> p.units() != null)
                .flatMap(p -> p.units().stream()).map(UnitFigureView::orgUnitCode).collect(Collectors.toSet());
        return boundaries.of(units);
    }

    /** A published plan's stored source text (văn bản gốc); 404 {@code source-not-found} when none is stored. */
    public PublicViews.SourceText source(String code) {
        Plan plan = published(code);
        if (!hasSourceText(plan)) {
            throw new ApiException(404, "source-not-found", plan.code);
        }
        return new PublicViews.SourceText(plan.code, plan.sourceText);
    }

    /** Counts a visit to the portal and a view of the page, each at most once per client within the window. */
    public PublicViews.VisitCounts visit(PublicViews.Visit visit, String client) {
        if (visit == null) {
            throw ApiException.badRequest("body-required");
        }
        Violations v = new Violations();
        v.required("page", visit.page());
        String page = visit.page() == null ? null : visit.page().trim();
        String planCode = visit.plan() == null ? null : visit.plan().trim();
        boolean portal = PORTAL.equals(page);
        var targetPage = page == null ? null : TARGET_PAGE.matcher(page);
        if (page != null && !page.isEmpty() && !portal && !"plan".equals(page) && !targetPage.matches()) {
            v.add("page", "not-one-of", "portal, plan, target:<code>");
        }
        if (!portal && (planCode == null || planCode.isEmpty())) {
            v.required("plan", null);
        } else if (planCode != null && planCode.length() > 50) {
            v.add("plan", "code-format");
        }
        v.throwIfAny();
        String key = PORTAL;
        if (!portal) {
            Plan plan = published(planCode);
            key = "plan".equals(page) ? planKey(plan) : targetKey(publishedTarget(plan, targetPage.group(1)));
        }
        Instant now = Instant.now();
        boolean counted = counters.view(PORTAL, client, now);
        if (!portal) {
            counted = counters.view(key, client, now);
        }
        return new PublicViews.VisitCounts(counted, counters.count(PORTAL), counters.count(key));
    }

    static Plan published(String code) {
        return (code == null ? java.util.Optional.<Plan>empty() : Plan.findPublished(code))
                .orElseThrow(() -> ApiException.notFound("public-plan", code));
    }

    static Target publishedTarget(Plan plan, String code) {
        return (code == null ? java.util.Optional.<Target>empty() : Target.findByCode(plan, code))
                .orElseThrow(() -> ApiException.notFound("public-target", code));
    }

    static boolean hasSourceText(Plan plan) {
        return plan.sourceText != null && !plan.sourceText.isBlank();
    }

    /** Where the public reads the plan's stored source text, relative to the API's host; {@code null}: none stored. */
    static String sourceDocument(Plan plan) {
        return hasSourceText(plan) ? PublicHeaders.PREFIX + "plans/" + plan.code + "/source" : null;
    }

    static String planKey(Plan plan) {
        return "plan:" + plan.id;
    }

    static String targetKey(Target target) {
        return "target:" + target.id;
    }

    private static Map<String, Target> targetsOf(Plan plan) {
        return Target.<Target>list("select t from Target t join fetch t.indicator where t.plan = ?1", plan)
                .stream().collect(Collectors.toMap(t -> t.code, t -> t));
    }

    private static PublicViews.PlanSummary summary(Plan plan) {
        boolean demo = Submission.count("plan = ?1 and status = ?2 and demo = true", plan,
                SubmissionStatus.APPROVED) > 0;
        Instant lastApproved = Submission.getEntityManager().createQuery("select max(s.decidedAt) from Submission s "
                        + "where s.plan = ?1 and s.status = ?2", Instant.class)
                .setParameter(1, plan).setParameter(2, SubmissionStatus.APPROVED).getSingleResult();
        return new PublicViews.PlanSummary(plan.code, plan.titleVi, plan.titleEn, plan.firstYear, plan.lastYear,
                plan.issuingBodyVi, plan.issuingBodyEn, plan.sourceUrl, sourceDocument(plan), plan.publishedAt, demo,
                lastApproved);
    }

    private PublicViews.TargetSummary target(TargetProgressView t, Target target, boolean withUnits) {
        Instant lastApproved = Submission.getEntityManager().createQuery("select max(s.decidedAt) from Submission s "
                        + "join s.values v where s.plan = ?1 and s.status = ?2 and v.indicator = ?3", Instant.class)
                .setParameter(1, target.plan).setParameter(2, SubmissionStatus.APPROVED)
                .setParameter(3, target.indicator).getSingleResult();
        List<PublicViews.Year> years = t.periods().stream().map(p -> year(p, withUnits)).toList();
        return new PublicViews.TargetSummary(t.targetCode(), t.indicatorCode(), t.statementVi(), t.statementEn(),
                t.aggregation(), t.valueKind(), t.percentage(), t.unitVi(), t.unitEn(), t.threshold(), t.direction(),
                t.thresholdHigh(), t.measure(),
                t.baseline() == null ? null : new PublicViews.Baseline(t.baseline().year(), t.baseline().value(),
                        t.baseline().fromData()),
                target.milestones.stream().map(m -> new PublicViews.Milestone(m.year, Decimals.strip(m.threshold),
                        Decimals.strip(m.thresholdHigh))).toList(),
                t.unitThreshold(),
                t.timing(), t.dueYear(), t.status(), t.statusReason(), t.yearsMet(), t.yearsWithData(),
                t.latestYear(), t.latestFigure(), t.projection(),
                t.pace() == null ? null : new PublicViews.Pace(t.pace().yearsGone(), t.pace().yearsTotal(),
                        t.pace().expectedSoFar(), t.pace().expectedHighSoFar()),
                explain(target, t, Messages.VIETNAMESE),
                explain(target, t, Locale.ENGLISH), lastApproved, counters.count(targetKey(target)), years);
    }

    private static PublicViews.Year year(PeriodFigureView p, boolean withUnits) {
        List<PublicViews.Unit> units = null;
        if (withUnits && p.units() != null) {
            units = p.units().stream().map(PublicPortalService::unit).toList();
        }
        return new PublicViews.Year(p.period(), p.year(), p.figure(), p.noData(), p.noDataReason(), p.met(),
                p.numerator(), p.denominator(), p.expectedUnits(), p.reportedUnits(), p.meetingUnits(), p.inProgress(),
                p.compared(), p.comparedNoDataReason(), p.threshold(), p.thresholdHigh(), p.yearOnYearGrowth(), units);
    }

    /** Only a counted (approved) value is shown; anything else is simply "no approved figure". */
    private static PublicViews.Unit unit(UnitFigureView u) {
        boolean counted = u.counted();
        return new PublicViews.Unit(u.orgUnitCode(), u.nameVi(), u.nameEn(), counted ? u.value() : null,
                counted ? u.numerator() : null, counted ? u.denominator() : null, counted ? u.meets() : null);
    }

    /** How the figure is formed, in plain words, for people who never saw the reporting forms. */
    static String explain(Target target, TargetProgressView t, Locale locale) {
        Indicator indicator = target.indicator;
        boolean en = Locale.ENGLISH.equals(locale);
        String name = en ? indicator.nameEn : indicator.nameVi;
        String unit = en ? indicator.unitEn : indicator.unitVi;
        String how = switch (target.aggregation) {
            case RATIO_OF_SUMS -> Messages.get(locale, "portal.explain.RATIO_OF_SUMS",
                    orName(en ? indicator.numeratorEn : indicator.numeratorVi, name),
                    orName(en ? indicator.denominatorEn : indicator.denominatorVi, name));
            case SHARE_OF_UNITS_MEETING -> indicator.valueKind == ValueKind.BOOLEAN
                    && t.direction() == TargetDirection.AT_LEAST
                    ? Messages.get(locale, "portal.explain.SHARE_BOOLEAN", name)
                    : Messages.get(locale, "portal.explain.SHARE_OF_UNITS_MEETING", name,
                    Messages.get(locale, "portal.explain.unit." + t.direction().name(),
                            amount(t.unitThreshold(), indicator.valueKind == ValueKind.RATIO ? "%" : unit)));
            case SUM -> Messages.get(locale, "portal.explain.SUM", name, unit);
            case AVERAGE -> Messages.get(locale, "portal.explain.AVERAGE", name, unit);
        };
        String figureUnit = t.percentage() ? "%" : (en ? t.unitEn() : t.unitVi());
        // A share of units meeting must always reach its threshold; the direction was the units' own.
        TargetDirection district = TargetDirection.ofDistrict(t.direction(), target.aggregation);
        String threshold = Messages.get(locale, "portal.explain.bound." + district.name(),
                amount(t.threshold(), figureUnit), amount(t.thresholdHigh(), figureUnit));
        String dueYear = String.valueOf(target.dueYear == null ? target.plan.lastYear : target.dueYear);
        String when = target.measure == TargetMeasure.CUMULATIVE
                ? Messages.get(locale, "portal.explain.CUMULATIVE", threshold, dueYear,
                String.valueOf(target.plan.firstYear))
                : target.timing == TargetTiming.EVERY_YEAR
                ? Messages.get(locale, "portal.explain.EVERY_YEAR", threshold)
                : Messages.get(locale, "portal.explain.BY_YEAR", threshold, dueYear);
        return how + " " + when + " " + Messages.get(locale, "portal.explain.approved-only");
    }

    private static String orName(String part, String fallback) {
        return part == null || part.isBlank() ? fallback : part;
    }

    private static String amount(BigDecimal value, String unit) {
        String number = value == null ? "" : value.toPlainString();
        return "%".equals(unit) ? number + "%" : number + " " + unit;
    }
}
