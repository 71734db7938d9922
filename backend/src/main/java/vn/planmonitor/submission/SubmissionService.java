package vn.planmonitor.submission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.planmonitor.common.RetryOnConflict;
import vn.planmonitor.common.Text;
import vn.planmonitor.audit.AuditAction;
import vn.planmonitor.audit.AuditTrail;
import vn.planmonitor.common.ApiException;
import vn.planmonitor.common.Filter;
import vn.planmonitor.common.Page;
import vn.planmonitor.common.PageRequest;
import vn.planmonitor.common.Versions;
import vn.planmonitor.common.Violations;
import vn.planmonitor.indicator.Indicator;
import vn.planmonitor.orgunit.OrgUnit;
import vn.planmonitor.period.Period;
import vn.planmonitor.plan.Plan;
import vn.planmonitor.security.CallerScope;
import vn.planmonitor.submission.SubmissionInput.ItemInput;
import vn.planmonitor.submission.SubmissionInput.ValueInput;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
@Transactional
// A report's status change updates its targets' progress summaries, the hottest rows there are: on a
// multi-primary cluster two nodes may change one at once, and the loser is simply run again.
@RetryOnConflict
public class SubmissionService {

    @Inject
    AuditTrail audit;

    @Inject
    SubmissionAccess access;

    @Inject
    CallerScope scope;

    @Inject
    Event<ReportSaved> saved;

    public record Criteria(String planCode, String orgUnitCode, String period, SubmissionStatus status) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<SubmissionView> list(Criteria criteria, PageRequest page) {
        Violations v = new Violations();
        Plan plan = criteria.planCode() == null ? null : Plan.findByCode(criteria.planCode()).orElse(null);
        if (criteria.planCode() != null && plan == null) {
            v.add("plan", "unknown-code", criteria.planCode());
        }
        OrgUnit unit = criteria.orgUnitCode() == null ? null : OrgUnit.findByCode(criteria.orgUnitCode()).orElse(null);
        if (criteria.orgUnitCode() != null && unit == null) {
            v.add("orgUnit", "unknown-code", criteria.orgUnitCode());
        }
        if (criteria.period() != null && Period.parse(criteria.period()).isEmpty()) {
            v.add("period", "invalid-period", criteria.period());
        }
        v.throwIfAny();
        Filter filter = new Filter().and("plan = :plan", "plan", plan).and("orgUnit = :unit", "unit", unit)
                .and("periodCode = :period", "period", criteria.period() == null ? null
                        : Period.parse(criteria.period()).orElseThrow().code())
                .and("status = :status", "status", criteria.status())
                .and("orgUnit.id in :units", "units", readableUnitIds());
        return Page.of(Submission.find(filter.query(), page.sort(), filter.parameters()), page,
                SubmissionView::of);
    }

    /** Null means every unit; an empty scope still needs a valid IN list, and no unit has id -1. */
    private Set<Long> readableUnitIds() {
        Set<Long> units = scope.readableUnits();
        return units != null && units.isEmpty() ? Set.of(-1L) : units;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SubmissionView get(long id) {
        return SubmissionView.of(access.readable(id));
    }

    public SubmissionView create(SubmissionInput in) {
        if (in == null) {
            throw ApiException.badRequest("body-required");
        }
        Violations v = new Violations();
        v.required("planCode", in.planCode()).required("orgUnitCode", in.orgUnitCode()).required("period", in.period())
                .multiLine("comment", in.comment(), ValueRules.MAX_COMMENT);
        Plan plan = in.planCode() == null ? null : Plan.findByCode(in.planCode()).orElse(null);
        if (in.planCode() != null && plan == null) {
            v.add("planCode", "unknown-code", in.planCode());
        }
        OrgUnit unit = in.orgUnitCode() == null ? null : OrgUnit.findByCode(in.orgUnitCode()).orElse(null);
        if (in.orgUnitCode() != null && unit == null) {
            v.add("orgUnitCode", "unknown-code", in.orgUnitCode());
        }
        Period period = in.period() == null ? null : Period.parse(in.period()).orElse(null);
        if (in.period() != null && period == null) {
            v.add("period", "invalid-period", in.period());
        } else if (period != null && plan != null && !plan.covers(period)) {
            v.add("period", "outside-plan", plan.firstYear, plan.lastYear);
        }
        // A unit reports the periods it is expected in: those whose last day it is valid on (OrgUnit#isExpectedIn).
        boolean unitValid = unit != null && period != null && unit.isExpectedIn(period);
        if (unit != null && period != null && !unitValid) {
            v.add("orgUnitCode", "unit-inactive", unit.code);
        }
        Map<String, Indicator> indicators = plan == null ? Map.of() : indicatorsOf(plan);
        if (plan != null && unitValid && indicators.values().stream()
                .noneMatch(i -> i.periodType == period.type() && i.isReportedBy(unit, period))) {
            v.add("orgUnitCode", "unit-reports-nothing", unit.code, plan.code, period.code());
        }
        // A unit not valid in the period reports nothing: checking its values against it would repeat that one cause
        // once per value (`unit-not-reporting`), so they are checked for their shape only.
        ValueRules.check(v, in.values(), indicators, unitValid ? unit : null, period);
        v.throwIfAny();
        access.requireWrite(unit);
        if (Submission.find(plan, unit, period.code()).isPresent()) {
            throw ApiException.conflict("submission-exists", unit.code, period.code());
        }
        Submission submission = new Submission();
        submission.plan = plan;
        submission.orgUnit = unit;
        submission.periodCode = period.code();
        submission.status = SubmissionStatus.DRAFT;
        submission.comment = Text.trimToNull(in.comment());
        submission.persist();
        replaceValues(submission, in.values(), indicators);
        Submission.flush();
        audit.recordChanges(submission, AuditAction.CREATE, Map.of(), Snapshot.of(submission));
        saved.fire(ReportSaved.of(submission, ReportSaved.Kind.CREATED));
        return SubmissionView.of(submission);
    }

    public SubmissionView update(long id, String ifMatch, SubmissionUpdate in) {
        Submission submission = access.writable(id);
        Versions.requireMatch(ifMatch, submission.version);
        if (in == null) {
            throw ApiException.badRequest("body-required");
        }
        requireEditable(submission);
        Violations v = new Violations().multiLine("comment", in.comment(), ValueRules.MAX_COMMENT);
        Map<String, Indicator> indicators = indicatorsOf(submission.plan);
        ValueRules.check(v, in.values(), indicators, submission.orgUnit,
                Period.parse(submission.periodCode).orElseThrow());
        v.throwIfAny();
        Map<String, String> before = Snapshot.of(submission);
        submission.comment = Text.trimToNull(in.comment());
        replaceValues(submission, in.values(), indicators);
        submission.touch();
        Submission.flush();
        audit.recordChanges(submission, AuditAction.UPDATE, before, Snapshot.of(submission));
        saved.fire(ReportSaved.of(submission, ReportSaved.Kind.UPDATED));
        return SubmissionView.of(submission);
    }

    public void delete(long id, String ifMatch) {
        Submission submission = access.writable(id);
        Versions.requireMatch(ifMatch, submission.version);
        if (submission.status != SubmissionStatus.DRAFT) {
            throw ApiException.conflict("submission-not-deletable", submission.status);
        }
        audit.record(submission, AuditAction.DELETE, null, null, null, null);
        ReportSaved deleted = ReportSaved.of(submission, ReportSaved.Kind.DELETED);
        submission.delete();
        Submission.flush();
        saved.fire(deleted);
    }

    /** Says exactly why a report is locked: an approved one names who approved it and when. */
    public static void requireEditable(Submission submission) {
        switch (submission.status) {
            case APPROVED -> throw ApiException.conflict("submission-approved",
                    ReviewTimes.format(submission.decidedAt), submission.decidedBy);
            case SUBMITTED -> throw ApiException.conflict("submission-under-review",
                    ReviewTimes.format(submission.submittedAt));
            default -> {
            }
        }
    }

    public static Submission find(long id) {
        return Submission.<Submission>findByIdOptional(id).orElseThrow(() -> ApiException.notFound("submission", id));
    }

    static Map<String, Indicator> indicatorsOf(Plan plan) {
        return Indicator.listForPlan(plan).stream().collect(Collectors.toMap(i -> i.code, Function.identity()));
    }

    /**
     * Updates rows in place where the indicator is kept: deleting and re-inserting the same
     * (submission, indicator) pair in one flush would trip the unique key, as inserts flush first.
     */
    private static void replaceValues(Submission submission, List<ValueInput> values,
                                      Map<String, Indicator> indicators) {
        List<ValueInput> wanted = values == null ? List.of() : values;
        Map<String, SubmissionValue> existing = new HashMap<>();
        submission.values.forEach(value -> existing.put(value.indicator.code, value));
        submission.values.removeIf(value -> wanted.stream().noneMatch(w -> w.indicatorCode().equals(value.indicator.code)));
        for (ValueInput input : wanted) {
            SubmissionValue value = existing.get(input.indicatorCode());
            if (value == null) {
                value = new SubmissionValue();
                value.submission = submission;
                value.indicator = indicators.get(input.indicatorCode());
                submission.values.add(value);
            }
            value.number = input.number();
            value.numerator = input.numerator();
            value.denominator = input.denominator();
            value.answer = input.answer();
            value.items.clear();
            List<ItemInput> items = input.items() == null ? List.of() : input.items();
            for (int position = 0; position < items.size(); position++) {
                ValueItem item = new ValueItem();
                item.value = value;
                item.position = position;
                item.name = items.get(position).name().trim();
                item.flagged = Boolean.TRUE.equals(items.get(position).flagged());
                value.items.add(item);
            }
        }
    }


}
