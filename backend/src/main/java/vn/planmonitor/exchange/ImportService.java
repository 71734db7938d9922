package vn.planmonitor.exchange;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import vn.planmonitor.common.Text;
import vn.planmonitor.common.Decimals;
import vn.planmonitor.common.Messages;
import vn.planmonitor.common.Violations;
import vn.planmonitor.exchange.DataElements.DataElement;
import vn.planmonitor.exchange.ImportSummary.ImportCount;
import vn.planmonitor.exchange.ImportSummary.Status;
import vn.planmonitor.indicator.Indicator;
import vn.planmonitor.indicator.ValueKind;
import vn.planmonitor.orgunit.OrgUnit;
import vn.planmonitor.period.Period;
import vn.planmonitor.plan.Plan;
import vn.planmonitor.security.CallerScope;
import vn.planmonitor.submission.SubmissionBatch;
import vn.planmonitor.submission.SubmissionBatch.Figure;
import vn.planmonitor.submission.SubmissionBatch.ReportKey;
import vn.planmonitor.submission.SubmissionBatch.Value;
import vn.planmonitor.submission.SubmissionBatchWriter;
import vn.planmonitor.submission.SubmissionInput.ItemInput;
import vn.planmonitor.submission.SubmissionStatus;
import vn.planmonitor.submission.ValueProblem;
import vn.planmonitor.submission.ValueRules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The import engine every format goes through: it reads rows, maps them to reports and values, and
 * refuses what it cannot take as DHIS2 conflicts. Set-based so that 100,000 values stay fast: units
 * and indicators are loaded in a handful of queries, the reports and stored values in two
 * ({@link SubmissionBatchWriter}), every row is checked in memory with the report form's own rules
 * ({@link ValueRules}) and the changes are written at once by the batch writer.
 */
@ApplicationScoped
public class ImportService {

    private static final Logger LOG = Logger.getLogger(ImportService.class);
    private static final Pattern DECIMAL = Pattern.compile("[+-]?\\d+(\\.\\d+)?");

    @Inject
    SubmissionBatchWriter writer;

    @Inject
    CallerScope scope;

    public record Options(String planCode, ImportStrategy strategy, boolean dryRun, boolean atomic, Locale locale) {
    }

    private enum Outcome { IMPORTED, UPDATED, DELETED, IGNORED }

    /** A row that passed the per-row checks, with what it addresses and its parsed value. */
    private record Checked(int position, ImportRow row, DataElement element, OrgUnit unit, String period,
                           BigDecimal number, Boolean answer, boolean delete, List<ItemInput> items) {
    }

    @Inject
    Idempotency idempotency;

    /**
     * Imports and remembers the response under the idempotency key in the same transaction, so a
     * key is marked done exactly when the import's changes are committed.
     */
    @Transactional
    public Idempotency.Remembered runRemembered(String dataSet, List<ImportRow> rows, Options options, String key,
                                                java.util.function.Function<ImportSummary, Idempotency.Remembered> render) {
        Idempotency.Remembered response = render.apply(run(dataSet, rows, options));
        if (key != null) {
            idempotency.complete(key, response);
        }
        return response;
    }

    @Transactional
    public ImportSummary run(String dataSet, List<ImportRow> rows, Options options) {
        long started = System.nanoTime();
        Plan plan = resolvePlan(options.planCode(), dataSet);
        List<Indicator> indicators = Indicator.listAll();
        Map<String, DataElement> elements = DataElements.byCode(indicators);
        if (plan == null) {
            // Every indicator belongs to one plan: the first known data element names it.
            plan = rows.stream().map(r -> elements.get(trim(r.dataElement()))).filter(e -> e != null)
                    .map(e -> e.indicator().plan).findFirst().orElse(null);
        }
        Set<String> unitCodes = rows.stream().map(r -> trim(r.orgUnit())).filter(c -> c != null)
                .collect(Collectors.toSet());
        Map<String, OrgUnit> units = unitCodes.isEmpty() ? Map.of() : OrgUnit.<OrgUnit>list("code in ?1", unitCodes)
                .stream().collect(Collectors.toMap(u -> u.code, u -> u));

        Conflicts conflicts = new Conflicts();
        boolean[] refused = new boolean[rows.size()];
        List<Checked> checked = new ArrayList<>(rows.size());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            Checked ok = check(i, rows.get(i), plan, elements, units, options, conflicts, seen);
            if (ok == null) {
                refused[i] = true;
            } else {
                checked.add(ok);
            }
        }

        // Reports and values already stored for the plan and the periods named.
        Set<String> periods = checked.stream().map(Checked::period).collect(Collectors.toCollection(LinkedHashSet::new));
        SubmissionBatch batch = writer.open(plan, periods, indicators, !options.dryRun());

        Outcome[] outcomes = new Outcome[rows.size()];
        Map<Value, List<Integer>> rowsOf = new IdentityHashMap<>();
        for (Checked row : checked) {
            ReportKey key = new ReportKey(row.unit().id, row.period());
            SubmissionStatus status = batch.statusOf(key);
            if (status != null && !status.isEditable()) {
                conflicts.add(status == SubmissionStatus.APPROVED ? ConflictKind.SUBMISSION_APPROVED
                        : ConflictKind.SUBMISSION_UNDER_REVIEW, row.unit().code + "/" + row.period(),
                        row.row().index(), row.unit().code, row.period());
                refused[row.position()] = true;
                continue;
            }
            Value value = batch.value(key, row.element().indicator());
            rowsOf.computeIfAbsent(value, v -> new ArrayList<>()).add(row.position());
            outcomes[row.position()] = apply(value, row, options.strategy());
        }

        // A ratio is judged as a whole once every row has been applied: both parts, numerator ≤ denominator.
        for (Value value : batch.values()) {
            List<Integer> positions = rowsOf.get(value);
            if (value.indicator().valueKind != ValueKind.RATIO || positions == null) {
                continue;
            }
            BigDecimal numerator = value.figure(Figure.NUMERATOR);
            BigDecimal denominator = value.figure(Figure.DENOMINATOR);
            ConflictKind problem = null;
            if ((numerator == null) != (denominator == null)) {
                problem = ConflictKind.RATIO_INCOMPLETE;
            } else if (numerator != null) {
                problem = ValueRules.ratio(numerator, denominator).map(ConflictKind::of).orElse(null);
            }
            if (problem != null) {
                Indicator indicator = value.indicator();
                for (int position : positions) {
                    conflicts.add(problem, indicator.code, rows.get(position).index(), indicator.numeratorCode,
                            indicator.denominatorCode);
                    refused[position] = true;
                    outcomes[position] = null;
                }
                value.revert();
            }
        }

        int imported = 0;
        int updated = 0;
        int deleted = 0;
        int ignored = 0;
        for (int i = 0; i < rows.size(); i++) {
            if (refused[i] || outcomes[i] == null) {
                ignored++;
                continue;
            }
            switch (outcomes[i]) {
                case IMPORTED -> imported++;
                case UPDATED -> updated++;
                case DELETED -> deleted++;
                case IGNORED -> ignored++;
            }
        }
        boolean store = conflicts.isEmpty() || !options.atomic();
        if (!store) {
            imported = updated = deleted = 0;
            ignored = rows.size();
        }
        if (store && !options.dryRun() && imported + updated + deleted > 0) {
            writer.write(batch, units.values());
        }
        Status status = conflicts.isEmpty() ? Status.SUCCESS
                : imported + updated + deleted == 0 ? Status.ERROR : Status.WARNING;
        String description = Messages.get(options.locale(), "import.description." + status.name().toLowerCase(Locale.ROOT)
                + (options.dryRun() ? ".dry-run" : ""), rows.size());
        LOG.debugf("Imported %d rows (%d new, %d updated, %d deleted, %d ignored, dry run %s) in %d ms",
                rows.size(), imported, updated, deleted, ignored, options.dryRun(),
                (System.nanoTime() - started) / 1_000_000);
        return new ImportSummary("ImportSummary", status, description, options.dryRun(), options.atomic(),
                options.strategy(), new ImportCount(imported, updated, ignored, deleted),
                conflicts.toList(options.locale()));
    }

    private static Plan resolvePlan(String planCode, String dataSet) {
        Violations v = new Violations();
        Plan plan = null;
        if (planCode != null) {
            plan = Plan.findByCode(planCode).orElse(null);
            if (plan == null) {
                v.add("plan", "unknown-code", planCode);
            }
        }
        String set = trim(dataSet);
        if (set != null) {
            if (plan != null && !plan.code.equals(set)) {
                v.add("dataSet", "not-this-plan", set, plan.code);
            } else if (plan == null && planCode == null) {
                plan = Plan.findByCode(set).orElse(null);
                if (plan == null) {
                    v.add("dataSet", "unknown-code", set);
                }
            }
        }
        v.throwIfAny();
        return plan;
    }

    /** The per-row rules, in the order a person would fix them; the first failure refuses the row. */
    private Checked check(int position, ImportRow row, Plan plan, Map<String, DataElement> elements,
                          Map<String, OrgUnit> units, Options options, Conflicts conflicts, Set<String> seen) {
        int index = row.index();
        if (row.formulaCell() != null) {
            conflicts.add(ConflictKind.FORMULA, row.formulaCell(), index, row.formulaCell());
            return null;
        }
        String elementCode = trim(row.dataElement());
        DataElement element = elementCode == null ? null : elements.get(elementCode);
        if (element == null) {
            conflicts.add(ConflictKind.UNKNOWN_DATA_ELEMENT, elementCode, index, Text.trimToNull(elementCode));
            return null;
        }
        Indicator indicator = element.indicator();
        if (plan != null && !indicator.plan.id.equals(plan.id)) {
            conflicts.add(ConflictKind.OTHER_PLAN, elementCode, index, elementCode, plan.code);
            return null;
        }
        if (indicator.isDerived()) {
            conflicts.add(ConflictKind.DERIVED_INDICATOR, elementCode, index, elementCode);
            return null;
        }
        String unitCode = trim(row.orgUnit());
        OrgUnit unit = unitCode == null ? null : units.get(unitCode);
        if (unit == null) {
            conflicts.add(ConflictKind.UNKNOWN_ORG_UNIT, unitCode, index, unitCode);
            return null;
        }
        if (!scope.mayWrite(unit)) {
            conflicts.add(ConflictKind.UNIT_NOT_ALLOWED, unitCode, index, unitCode);
            return null;
        }
        if (!isDefault(row.categoryOptionCombo())) {
            conflicts.add(ConflictKind.CATEGORY_OPTION_COMBO, row.categoryOptionCombo(), index);
            return null;
        }
        if (!isDefault(row.attributeOptionCombo())) {
            conflicts.add(ConflictKind.ATTRIBUTE_OPTION_COMBO, row.attributeOptionCombo(), index);
            return null;
        }
        String periodCode = trim(row.period());
        Period period = periodCode == null ? null : Period.parse(periodCode).orElse(null);
        if (period == null) {
            conflicts.add(ConflictKind.INVALID_PERIOD, periodCode, index, periodCode);
            return null;
        }
        if (!indicator.plan.covers(period)) {
            conflicts.add(ConflictKind.PERIOD_OUTSIDE_PLAN, periodCode, index, period.code(),
                    indicator.plan.firstYear, indicator.plan.lastYear);
            return null;
        }
        if (indicator.periodType != period.type()) {
            conflicts.add(ConflictKind.PERIOD_TYPE_MISMATCH, periodCode, index, elementCode,
                    indicator.periodType, period.code());
            return null;
        }
        if (!unit.isExpectedIn(period)) {
            conflicts.add(ConflictKind.INACTIVE_ORG_UNIT, unitCode, index, unitCode);
            return null;
        }
        if (!indicator.isReportedBy(unit, period)) {
            conflicts.add(ConflictKind.UNIT_NOT_REPORTING, elementCode, index, unit.code, elementCode);
            return null;
        }
        if (!seen.add(unit.code + "\u0000" + period.code() + "\u0000" + elementCode)) {
            conflicts.add(ConflictKind.DUPLICATE, elementCode, index, elementCode, unit.code, period.code());
            return null;
        }
        boolean delete = row.deleted() || options.strategy() == ImportStrategy.DELETE;
        if (row.items() != null) {
            // Named items belong to a count that asks for them; removing the value removes its items.
            if (delete || indicator.valueKind != ValueKind.COUNT || !indicator.itemsRequired) {
                conflicts.add(ConflictKind.ITEMS_NOT_APPLICABLE, elementCode, index, elementCode);
                return null;
            }
            Violations itemProblems = new Violations();
            ValueRules.checkItems(itemProblems, "planmonitorItems", row.items(), indicator);
            if (!itemProblems.isEmpty()) {
                itemProblems.list().forEach(p -> conflicts.add(ConflictKind.INVALID_ITEM, p.field(), index, p.field(),
                        p.code()));
                return null;
            }
        }
        if (delete) {
            return new Checked(position, row, element, unit, period.code(), null, null, true, null);
        }
        String raw = trim(row.value());
        if (raw == null) {
            conflicts.add(ConflictKind.VALUE_MISSING, elementCode, index, elementCode);
            return null;
        }
        if (indicator.valueKind == ValueKind.BOOLEAN) {
            Boolean answer = switch (raw.toLowerCase(Locale.ROOT)) {
                case "true", "1" -> Boolean.TRUE;
                case "false", "0" -> Boolean.FALSE;
                default -> null;
            };
            if (answer == null) {
                conflicts.add(ConflictKind.NOT_BOOLEAN, raw, index, raw);
                return null;
            }
            return new Checked(position, row, element, unit, period.code(), null, answer, false, null);
        }
        if (!DECIMAL.matcher(raw).matches()) {
            conflicts.add(ConflictKind.NOT_NUMERIC, raw, index, raw);
            return null;
        }
        BigDecimal number = new BigDecimal(raw);
        Optional<ValueProblem> problem = ValueRules.figure(number, indicator.valueKind == ValueKind.COUNT);
        if (problem.isPresent()) {
            conflicts.add(ConflictKind.of(problem.get()), raw, index, raw, ValueRules.MAX_NUMBER.toPlainString(),
                    ValueRules.MAX_SCALE);
            return null;
        }
        return new Checked(position, row, element, unit, period.code(), Decimals.strip(number), null, false, row.items());
    }

    private static Outcome apply(Value value, Checked row, ImportStrategy strategy) {
        Figure figure = switch (row.element().part()) {
            case VALUE -> Figure.NUMBER;
            case NUMERATOR -> Figure.NUMERATOR;
            case DENOMINATOR -> Figure.DENOMINATOR;
        };
        boolean isAnswer = value.indicator().valueKind == ValueKind.BOOLEAN;
        Object current = isAnswer ? value.answer() : value.figure(figure);
        if (row.delete()) {
            if (current == null) {
                return Outcome.IGNORED;
            }
            if (isAnswer) {
                value.setAnswer(null);
            } else {
                value.setFigure(figure, null);
            }
            return Outcome.DELETED;
        }
        boolean same = isAnswer ? row.answer().equals(current)
                : current != null && ((BigDecimal) current).compareTo(row.number()) == 0;
        Outcome outcome = current == null ? Outcome.IMPORTED : same ? Outcome.IGNORED : Outcome.UPDATED;
        if ((strategy == ImportStrategy.CREATE && current != null)
                || (strategy == ImportStrategy.UPDATE && current == null)) {
            return Outcome.IGNORED;
        }
        if (row.items() != null) {
            // Without the field the stored items stay, as the other part of a ratio does; with it they are replaced.
            value.setItems(row.items());
            if (outcome == Outcome.IGNORED && value.itemsChanged()) {
                outcome = Outcome.UPDATED;
            }
        }
        if (outcome != Outcome.IGNORED) {
            if (isAnswer) {
                value.setAnswer(row.answer());
            } else {
                value.setFigure(figure, row.number());
            }
        }
        return outcome;
    }

    private static boolean isDefault(String combo) {
        String c = trim(combo);
        return c == null || c.equalsIgnoreCase("default");
    }

    private static String trim(String s) {
        return Text.trimToNull(s);
    }
}
