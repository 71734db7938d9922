package vn.planmonitor.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.SystemException;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionManager;
import vn.planmonitor.common.ApiException;
import vn.planmonitor.common.Decimals;
import vn.planmonitor.common.Violation;
import vn.planmonitor.common.Violations;
import vn.planmonitor.indicator.FormulaInput;
import vn.planmonitor.indicator.Indicator;
import vn.planmonitor.indicator.IndicatorInput;
import vn.planmonitor.indicator.IndicatorService;
import vn.planmonitor.orgunit.UnitType;
import vn.planmonitor.targets.Baseline;
import vn.planmonitor.targets.AllocationView;
import vn.planmonitor.targets.MilestoneView;
import vn.planmonitor.targets.Target;
import vn.planmonitor.targets.TargetInput;
import vn.planmonitor.targets.TargetView;
import vn.planmonitor.targets.TargetService;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Plans as documents (issue 16): the export of a plan's whole definition, its import (dry run or real, in one
 * transaction) and the copy of a plan to its next cycle. Each item is checked by the service that owns it
 * ({@link PlanService}, {@link IndicatorService}, {@link TargetService}), exactly as POST and PUT check it; this
 * class only orders the items, names their errors by their place in the document and says what changed.
 */
@ApplicationScoped
@Transactional
public class PlanDefinitionService {

    static final String REFUSED = "plan-definition-refused";

    /** Numbers compare by value: 80 and 80.0000 are the same threshold. */
    private static final Comparator<JsonNode> SAME_NUMBER = (a, b) -> a.isNumber() && b.isNumber()
            ? a.decimalValue().compareTo(b.decimalValue()) : a.equals(b) ? 0 : 1;

    @Inject
    PlanService plans;

    @Inject
    IndicatorService indicators;

    @Inject
    TargetService targets;

    @Inject
    ObjectMapper mapper;

    @Inject
    TransactionManager transactions;

    @Transactional(Transactional.TxType.SUPPORTS)
    public PlanDefinition export(long planId) {
        return definitionOf(PlanService.find(planId));
    }

    /**
     * Creates or updates the plan, its indicators and its targets from the document; nothing is deleted. A dry
     * run does all of it and rolls it back, so its summary is exactly what the real import would do.
     */
    public DefinitionSummary importDefinition(PlanDefinition document, boolean dryRun) {
        DefinitionSummary summary = store(document, false, dryRun);
        if (dryRun) {
            rollBack();
        }
        return summary;
    }

    /**
     * The plan's next cycle: the same indicators and targets under a new code, titles and years, no reports.
     * Indicator codes get {@code indicatorCodeSuffix} (a trailing {@code _<source first year>} is replaced, so
     * {@code X_2021} becomes {@code X_2026}, not {@code X_2021_2026}); due years and milestones move by the
     * offset between the first years; a baseline moves to the new plan's first year, computed from its reports
     * (the old baseline's year and value belong to the old cycle). Issuing bodies and the report deadline are
     * kept; the source link and text are not (they are the old plan's decision).
     */
    public PlanView copy(long sourceId, PlanCopyInput in) {
        Plan source = PlanService.find(sourceId);
        if (in == null) {
            throw ApiException.badRequest("body-required");
        }
        Violations v = new Violations();
        v.required("firstYear", in.firstYear()).maxLength("indicatorCodeSuffix", in.indicatorCodeSuffix(), 20);
        if (in.indicatorCodeSuffix() != null && !in.indicatorCodeSuffix().matches("[A-Za-z0-9_.-]*")) {
            v.add("indicatorCodeSuffix", "code-format");
        }
        v.throwIfAny();
        int offset = in.firstYear() - source.firstYear;
        String suffix = in.indicatorCodeSuffix() != null ? in.indicatorCodeSuffix() : "_" + in.firstYear();
        String oldSuffix = "_" + source.firstYear;
        UnaryOperator<String> rename = code -> code == null ? null
                : (code.endsWith(oldSuffix) ? code.substring(0, code.length() - oldSuffix.length()) : code) + suffix;
        PlanDefinition old = definitionOf(source);
        PlanInput plan = new PlanInput(in.code(), in.titleVi(), in.titleEn(), in.firstYear(), in.lastYear(),
                source.issuingBodyVi, source.issuingBodyEn, null, null, source.reportDeadlineDays);
        List<IndicatorInput> newIndicators = old.indicators().stream().map(i -> new IndicatorInput(
                rename.apply(i.code()), in.code(), i.nameVi(), i.nameEn(), i.unitVi(), i.unitEn(), i.periodType(),
                i.valueKind(), i.itemsRequired(), i.itemFlagVi(), i.itemFlagEn(), i.numeratorCode(), i.numeratorVi(),
                i.numeratorEn(), i.denominatorCode(), i.denominatorVi(), i.denominatorEn(), i.reportingUnitTypes(),
                i.reportingUnitCodes(), i.active(), i.formula() == null ? null : new FormulaInput(i.formula().operator(),
                rename.apply(i.formula().a()), rename.apply(i.formula().b()), i.formula().factor()),
                i.periodRollUp())).toList();
        List<TargetInput> newTargets = old.targets().stream().map(t -> new TargetInput(t.code(), in.code(),
                rename.apply(t.indicatorCode()), t.statementVi(), t.statementEn(), t.aggregation(), t.unitThreshold(),
                t.threshold(), t.direction(), t.thresholdHigh(), t.measure(),
                t.baseline() == null ? null : new Baseline(in.firstYear(), null), t.timing(),
                t.dueYear() == null ? null : t.dueYear() + offset, t.sortOrder(),
                t.milestones().stream().map(m -> new MilestoneView(m.year() + offset, m.threshold(),
                        m.thresholdHigh())).toList(),
                t.allocations().stream().map(a -> new AllocationView(a.orgUnitCode(),
                        a.year() == null ? null : a.year() + offset, a.threshold(), a.thresholdHigh())).toList(),
                null)).toList();
        try {
            store(new PlanDefinition(PlanDefinition.VERSION, plan, newIndicators, newTargets), true, false);
        } catch (ApiException e) {
            if (!REFUSED.equals(e.code())) {
                throw e;
            }
            // The client sent the plan's fields at the top level: name them so; an item keeps its place.
            throw ApiException.validation(e.errors().stream().map(x -> x.field().startsWith("plan.")
                    ? new Violation(x.field().substring(5), x.code(), x.args()) : x).toList());
        }
        return PlanView.of(Plan.findByCode(in.code()).orElseThrow());
    }

    private DefinitionSummary store(PlanDefinition document, boolean mustCreate, boolean dryRun) {
        if (document == null) {
            throw ApiException.badRequest("body-required");
        }
        List<Violation> errors = new ArrayList<>();
        if (document.version() == null) {
            errors.add(new Violation("version", "required"));
        } else if (document.version() != PlanDefinition.VERSION) {
            errors.add(new Violation("version", "unsupported-version", PlanDefinition.VERSION));
        }
        if (document.plan() == null) {
            errors.add(new Violation("plan", "required"));
        }
        refuseIfAny(errors);
        Plan existing = document.plan().code() == null ? null : Plan.findByCode(document.plan().code()).orElse(null);
        if (mustCreate && existing != null) {
            errors.add(new Violation("plan.code", "duplicate", existing.code));
            refuseIfAny(errors);
        }
        JsonNode planBefore = existing == null ? null : tree(planInput(existing));
        Plan plan;
        try {
            // An unchanged plan is not written again: its version and updatedAt stay as they are.
            plan = planBefore != null && same(planBefore, tree(document.plan())) ? existing : plans.upsert(document.plan());
        } catch (ApiException e) {
            collect(errors, "plan", e);
            throw ApiException.unprocessable(REFUSED, errors); // nothing can be checked against a refused plan
        }
        List<DefinitionSummary.Item> items = new ArrayList<>();
        items.add(item(DefinitionSummary.Kind.PLAN, plan.code, planBefore, tree(planInput(plan))));
        List<IndicatorInput> givenIndicators = orEmpty(document.indicators());
        DefinitionSummary.Item[] indicatorItems = new DefinitionSummary.Item[givenIndicators.size()];
        for (int i : indicatorOrder(givenIndicators, plan, errors)) {
            IndicatorInput in = givenIndicators.get(i);
            Indicator stored = Indicator.findByCode(in.code()).filter(x -> x.plan.equals(plan)).orElse(null);
            JsonNode before = stored == null ? null : tree(indicatorInput(stored));
            if (before != null && same(before, tree(in))) {
                indicatorItems[i] = item(DefinitionSummary.Kind.INDICATOR, in.code(), before, before);
                continue;
            }
            try {
                Indicator saved = indicators.upsert(in);
                indicatorItems[i] = item(DefinitionSummary.Kind.INDICATOR, in.code(), before, tree(indicatorInput(saved)));
            } catch (ApiException e) {
                collect(errors, "indicators[" + i + "]", e);
            }
        }
        List<TargetInput> givenTargets = orEmpty(document.targets());
        Set<String> targetCodes = new HashSet<>();
        for (int i = 0; i < givenTargets.size(); i++) {
            TargetInput in = givenTargets.get(i);
            String at = "targets[" + i + "]";
            if (!belongs(at, in, in == null ? null : in.planCode(), in == null ? null : in.code(), targetCodes, plan, errors)) {
                continue;
            }
            Target stored = Target.findByCode(plan, in.code()).orElse(null);
            JsonNode before = stored == null ? null : tree(targetInput(stored));
            if (before != null && same(before, tree(in))) {
                items.add(item(DefinitionSummary.Kind.TARGET, in.code(), before, before));
                continue;
            }
            try {
                Target saved = targets.upsert(in);
                items.add(item(DefinitionSummary.Kind.TARGET, in.code(), before, tree(targetInput(saved))));
            } catch (ApiException e) {
                collect(errors, at, e);
            }
        }
        refuseIfAny(errors);
        List<DefinitionSummary.Item> all = new ArrayList<>(items.subList(0, 1));
        all.addAll(List.of(indicatorItems));
        all.addAll(items.subList(1, items.size()));
        return DefinitionSummary.of(dryRun, plan.code, all);
    }

    /**
     * The order indicators are stored in: reported ones first, then each derived one after the operands the
     * document defines, so a formula may name an indicator listed after it. Operands that form a loop inside
     * the document are refused here ({@code formula-cycle}): no order could store them; a loop through stored
     * formulas is {@link IndicatorService}'s to find.
     */
    private static List<Integer> indicatorOrder(List<IndicatorInput> given, Plan plan, List<Violation> errors) {
        Map<String, Integer> index = new HashMap<>();
        List<Integer> pending = new ArrayList<>();
        List<Integer> order = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < given.size(); i++) {
            IndicatorInput in = given.get(i);
            if (!belongs("indicators[" + i + "]", in, in == null ? null : in.planCode(), in == null ? null : in.code(),
                    codes, plan, errors)) {
                continue;
            }
            index.put(in.code(), i);
            (in.formula() == null ? order : pending).add(i);
        }
        Set<String> placed = new HashSet<>();
        order.forEach(i -> placed.add(given.get(i).code()));
        boolean progress = true;
        while (!pending.isEmpty() && progress) {
            progress = false;
            for (var it = pending.iterator(); it.hasNext(); ) {
                int i = it.next();
                FormulaInput f = given.get(i).formula();
                if (ready(f.a(), index, placed) && ready(f.b(), index, placed)) {
                    order.add(i);
                    placed.add(given.get(i).code());
                    it.remove();
                    progress = true;
                }
            }
        }
        for (int i : pending) {
            FormulaInput f = given.get(i).formula();
            String operand = !ready(f.a(), index, placed) ? "formula.a" : "formula.b";
            errors.add(new Violation("indicators[" + i + "]." + operand, "formula-cycle",
                    operand.endsWith("a") ? f.a() : f.b()));
        }
        return order;
    }

    private static boolean ready(String operand, Map<String, Integer> index, Set<String> placed) {
        return operand == null || !index.containsKey(operand) || placed.contains(operand);
    }

    /** An item of the document is present, of this plan, and given once. */
    private static boolean belongs(String at, Object item, String planCode, String code, Set<String> seen, Plan plan,
                                   List<Violation> errors) {
        if (item == null) {
            errors.add(new Violation(at, "required"));
            return false;
        }
        if (planCode != null && !planCode.equals(plan.code)) {
            errors.add(new Violation(at + ".planCode", "not-this-plan", plan.code));
            return false;
        }
        if (code != null && !seen.add(code)) {
            errors.add(new Violation(at + ".code", "duplicate", code));
            return false;
        }
        return true;
    }

    static PlanDefinition definitionOf(Plan plan) {
        return new PlanDefinition(PlanDefinition.VERSION, planInput(plan),
                Indicator.listForPlan(plan).stream().map(PlanDefinitionService::indicatorInput).toList(),
                Target.<Target>list("plan = ?1 order by sortOrder, code", plan).stream()
                        .map(PlanDefinitionService::targetInput).toList());
    }

    static PlanInput planInput(Plan p) {
        return new PlanInput(p.code, p.titleVi, p.titleEn, p.firstYear, p.lastYear, p.issuingBodyVi, p.issuingBodyEn,
                p.sourceUrl, p.sourceText, p.reportDeadlineDays);
    }

    /** An indicator as the document (and PUT) writes it; a new field of {@link IndicatorInput} is added here. */
    static IndicatorInput indicatorInput(Indicator i) {
        return new IndicatorInput(i.code, i.plan.code, i.nameVi, i.nameEn, i.unitVi, i.unitEn, i.periodType,
                i.valueKind, i.itemsRequired, i.itemFlagVi, i.itemFlagEn, i.numeratorCode, i.numeratorVi,
                i.numeratorEn, i.denominatorCode, i.denominatorVi, i.denominatorEn,
                UnitType.inOrder(i.reportingUnitTypes),
                i.reportingUnits.stream().map(u -> u.code).sorted().toList(), i.active,
                i.isDerived() ? new FormulaInput(i.formulaOperator, i.formulaA.code,
                        i.formulaB == null ? null : i.formulaB.code, Decimals.strip(i.formulaFactor)) : null,
                i.periodRollUp);
    }

    /** A target as the document (and PUT) writes it; a new field of {@link TargetInput} is added here. */
    static TargetInput targetInput(Target t) {
        return new TargetInput(t.code, t.plan.code, t.indicator.code, t.statementVi, t.statementEn, t.aggregation,
                Decimals.strip(t.unitThreshold), Decimals.strip(t.threshold), t.direction,
                Decimals.strip(t.thresholdHigh), t.measure,
                t.baselineYear == null ? null : new Baseline(t.baselineYear, Decimals.strip(t.baselineValue)),
                t.timing, t.dueYear, t.sortOrder,
                t.milestones.stream().map(m -> new MilestoneView(m.year, Decimals.strip(m.threshold),
                        Decimals.strip(m.thresholdHigh))).toList(),
                TargetView.of(t).allocations(), null);
    }

    private JsonNode tree(Object value) {
        return mapper.valueToTree(value);
    }

    private static boolean same(JsonNode before, JsonNode after) {
        return changedFields(before, after).isEmpty();
    }

    /** The fields whose value differs; a field left out reads as null, as on PUT. */
    private static List<String> changedFields(JsonNode before, JsonNode after) {
        Set<String> names = new LinkedHashSet<>();
        before.fieldNames().forEachRemaining(names::add);
        after.fieldNames().forEachRemaining(names::add);
        List<String> changed = new ArrayList<>();
        for (String name : names) {
            JsonNode a = before.path(name);
            JsonNode b = after.path(name);
            boolean aEmpty = a.isMissingNode() || a.isNull();
            boolean bEmpty = b.isMissingNode() || b.isNull();
            if (aEmpty != bEmpty || (!aEmpty && !a.equals(SAME_NUMBER, b))) {
                changed.add(name);
            }
        }
        return changed;
    }

    private static DefinitionSummary.Item item(DefinitionSummary.Kind kind, String code, JsonNode before,
                                               JsonNode after) {
        if (before == null) {
            return new DefinitionSummary.Item(kind, code, DefinitionSummary.Outcome.CREATED, List.of());
        }
        List<String> changed = changedFields(before, after);
        return new DefinitionSummary.Item(kind, code, changed.isEmpty() ? DefinitionSummary.Outcome.UNCHANGED
                : DefinitionSummary.Outcome.CHANGED, changed);
    }

    /** A refused item's errors, named by its place in the document: {@code targets[3].thresholdHigh}. */
    private static void collect(List<Violation> errors, String at, ApiException e) {
        if (e.errors().isEmpty()) {
            errors.add(new Violation(at, e.code(), e.args()));
        }
        for (Violation v : e.errors()) {
            errors.add(new Violation(at + "." + v.field(), v.code(), v.args()));
        }
    }

    private static void refuseIfAny(List<Violation> errors) {
        if (!errors.isEmpty()) {
            throw ApiException.unprocessable(REFUSED, List.copyOf(errors));
        }
    }

    private void rollBack() {
        try {
            transactions.setRollbackOnly();
        } catch (SystemException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
