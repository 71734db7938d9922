package vn.planmonitor.portal;

import vn.planmonitor.indicator.ValueKind;
import vn.planmonitor.progress.NoDataReason;
import vn.planmonitor.progress.ProgressStatus;
import vn.planmonitor.progress.ProjectionView;
import vn.planmonitor.progress.StatusReason;
import vn.planmonitor.targets.Aggregation;
import vn.planmonitor.targets.TargetDirection;
import vn.planmonitor.targets.TargetMeasure;
import vn.planmonitor.targets.TargetTiming;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * What the public portal shows: approved figures only, and nothing about people, drafts, pending
 * reports, comments or the audit trail. Kept apart from the internal views on purpose: a field
 * added to an internal view can never leak here by accident.
 */
public final class PublicViews {

    private PublicViews() {
    }

    /**
     * A published plan. {@code demo}: some counted report is demo data (make run), to be labelled as such.
     * {@code sourceDocument}: the address of its stored source text ({@code null}: none stored); the
     * text itself is never in these views.
     */
    public record PlanSummary(String code, String titleVi, String titleEn, int firstYear, int lastYear,
                              String issuingBodyVi, String issuingBodyEn, String sourceUrl, String sourceDocument,
                              Instant publishedAt, boolean demo, Instant lastApprovedAt) {
    }

    /** A published plan's stored source text, served as plain text on its own. */
    public record SourceText(String planCode, String text) {
    }

    public record PlanList(List<PlanSummary> items, long portalVisits) {
    }

    public record PlanPage(PlanSummary plan, int currentYear, Instant generatedAt, long portalVisits,
                           long pageViews, List<TargetSummary> targets) {
    }

    public record TargetPage(PlanSummary plan, int currentYear, Instant generatedAt, long portalVisits,
                             TargetSummary target) {
    }

    public record TargetSummary(String code, String indicatorCode, String statementVi, String statementEn,
                                Aggregation aggregation, ValueKind valueKind, boolean percentage, String unitVi,
                                String unitEn,
                                BigDecimal threshold, TargetDirection direction, BigDecimal thresholdHigh,
                                TargetMeasure measure, Baseline baseline, List<Milestone> milestones,
                                BigDecimal unitThreshold, TargetTiming timing,
                                Integer dueYear, ProgressStatus status, StatusReason statusReason, int yearsMet,
                                int yearsWithData, Integer latestYear, BigDecimal latestFigure,
                                ProjectionView projection, Pace pace, String explanationVi, String explanationEn,
                                Instant lastApprovedAt, long pageViews, List<Year> periods) {
    }

    /** What a change or growth target is compared with: the year, and its value as used ({@code null}: no figure). */
    public record Baseline(int year, BigDecimal value, boolean fromData) {
    }

    /** A milestone (lộ trình) of the target, as the plan set it. */
    public record Milestone(int year, BigDecimal threshold, BigDecimal thresholdHigh) {
    }

    /** A cumulative target on the way: the share of its threshold the running sum is judged against. */
    public record Pace(int yearsGone, int yearsTotal, BigDecimal expectedSoFar, BigDecimal expectedHighSoFar) {
    }

    /**
     * The district figure of one period; {@code units} only on a target's own page. {@code compared}, the
     * threshold in force and the growth on the year before are the progress rules' own (see PeriodFigureView).
     */
    public record Year(String period, int year, BigDecimal figure, boolean noData, NoDataReason noDataReason,
                       Boolean met, BigDecimal numerator, BigDecimal denominator, int expectedUnits,
                       int reportedUnits, Integer meetingUnits, boolean inProgress, BigDecimal compared,
                       NoDataReason comparedNoDataReason, BigDecimal threshold, BigDecimal thresholdHigh,
                       BigDecimal yearOnYearGrowth, List<Unit> units) {
    }

    /** A unit's approved value ({@code null}: no approved report with a value). */
    public record Unit(String orgUnitCode, String nameVi, String nameEn, BigDecimal value, BigDecimal numerator,
                       BigDecimal denominator, Boolean meets) {
    }

    public record Visit(String page, String plan) {
    }

    /** {@code counted}: false when the same client viewed the same page within the window (a reload). */
    public record VisitCounts(boolean counted, long portalVisits, long pageViews) {
    }
}
