package vn.planmonitor.exchange;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.Session;
import org.jboss.logging.Logger;
import vn.planmonitor.common.Text;
import vn.planmonitor.audit.AuditAction;
import vn.planmonitor.audit.AuditTrail;
import vn.planmonitor.audit.AuditTrail.FieldChange;
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

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.planmonitor.security.CallerScope;

/**
 * The import engine every format goes through. Set-based so that 100,000 values stay fast: units,
 * indicators, reports and stored values are loaded in a handful of queries, every row is checked in
 * memory with the same rules as the report form ({@code ValueRules}), and the changes are written
 * with JDBC batches (IDENTITY keys stop Hibernate from batching inserts).
 */
@ApplicationScoped
public class ImportService {

    private static final Logger LOG = Logger.getLogger(ImportService.class);
    private static final Pattern DECIMAL = Pattern.compile("[+-]?\\d+(\\.\\d+)?");
    /** The same limits as the report form's rules. */
    static final BigDecimal MAX_NUMBER = new BigDecimal("999999999999");
    static final int MAX_SCALE = 4;
    private static final int BATCH = 1000;

    @Inject
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    CallerScope scope;

    public record Options(String planCode, ImportStrategy strategy, boolean dryRun, boolean atomic, Locale locale) {
    }

    private enum Outcome { IMPORTED, UPDATED, DELETED, IGNORED }

    /** A report's key in this import: unit and period. */
    private record ReportKey(long unitId, String period) {
    }

    /** A report already stored. */
    private record StoredReport(long id, String status) {
    }

    /** One value (one indicator of one report) before and after the rows that address it. */
    private static final class ValueState {
        final ReportKey report;
        final Indicator indicator;
        final Long id;
        final BigDecimal[] before = new BigDecimal[3];
        final Boolean answerBefore;
        final BigDecimal[] now = new BigDecimal[3];
        Boolean answer;
        final List<Integer> rows = new ArrayList<>();
        boolean changed;

        ValueState(ReportKey report, Indicator indicator, Long id, BigDecimal number, BigDecimal numerator,
                   BigDecimal denominator, Boolean answer) {
            this.report = report;
            this.indicator = indicator;
            this.id = id;
            before[0] = number;
            before[1] = numerator;
            before[2] = denominator;
            System.arraycopy(before, 0, now, 0, 3);
            this.answerBefore = answer;
            this.answer = answer;
        }

        boolean emptyNow() {
            return now[0] == null && now[1] == null && now[2] == null && answer == null;
        }

        void revert() {
            System.arraycopy(before, 0, now, 0, 3);
            answer = answerBefore;
        }
    }

    /** A row that passed the per-row checks, with what it addresses and its parsed value. */
    private record Checked(int position, ImportRow row, DataElement element, OrgUnit unit, String period,
                           BigDecimal number, Boolean answer, boolean delete) {
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

        // Reports and values already stored for the plan and the periods named: two queries.
        Set<String> periods = checked.stream().map(Checked::period).collect(Collectors.toCollection(LinkedHashSet::new));
        Map<ReportKey, StoredReport> reports = new HashMap<>();
        Map<String, ValueState> states = new LinkedHashMap<>();
        Map<Long, Indicator> indicatorsById = indicators.stream().collect(Collectors.toMap(i -> i.id, i -> i));
        if (plan != null && !periods.isEmpty()) {
            loadStored(plan, periods, !options.dryRun(), reports, states, indicatorsById);
        }

        Outcome[] outcomes = new Outcome[rows.size()];
        for (Checked row : checked) {
            ReportKey key = new ReportKey(row.unit().id, row.period());
            StoredReport report = reports.get(key);
            if (report != null && ("SUBMITTED".equals(report.status()) || "APPROVED".equals(report.status()))) {
                conflicts.add("APPROVED".equals(report.status()) ? ConflictKind.SUBMISSION_APPROVED
                        : ConflictKind.SUBMISSION_UNDER_REVIEW, row.unit().code + "/" + row.period(),
                        row.row().index(), row.unit().code, row.period());
                refused[row.position()] = true;
                continue;
            }
            ValueState state = states.computeIfAbsent(stateKey(key, row.element().indicator()),
                    k -> new ValueState(key, row.element().indicator(), null, null, null, null, null));
            state.rows.add(row.position());
            outcomes[row.position()] = apply(state, row, options.strategy());
        }

        // A ratio is judged as a whole once every row has been applied: both parts, numerator ≤ denominator.
        for (ValueState state : states.values()) {
            if (state.indicator.valueKind != ValueKind.RATIO || state.rows.isEmpty()) {
                continue;
            }
            BigDecimal numerator = state.now[1];
            BigDecimal denominator = state.now[2];
            ConflictKind problem = null;
            if ((numerator == null) != (denominator == null)) {
                problem = ConflictKind.RATIO_INCOMPLETE;
            } else if (numerator != null && numerator.compareTo(denominator) > 0) {
                problem = ConflictKind.NUMERATOR_ABOVE_DENOMINATOR;
            }
            if (problem != null) {
                for (int position : state.rows) {
                    conflicts.add(problem, state.indicator.code, rows.get(position).index(),
                            state.indicator.numeratorCode, state.indicator.denominatorCode);
                    refused[position] = true;
                    outcomes[position] = null;
                }
                state.revert();
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
            write(plan, states.values(), reports, units.values());
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
        String unitCode = trim(row.orgUnit());
        OrgUnit unit = unitCode == null ? null : units.get(unitCode);
        if (unit == null) {
            conflicts.add(ConflictKind.UNKNOWN_ORG_UNIT, unitCode, index, unitCode);
            return null;
        }
        if (!unit.active) {
            conflicts.add(ConflictKind.INACTIVE_ORG_UNIT, unitCode, index, unitCode);
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
        if (!indicator.isReportedBy(unit)) {
            conflicts.add(ConflictKind.UNIT_NOT_REPORTING, elementCode, index, unit.code, elementCode);
            return null;
        }
        if (!seen.add(unit.code + "\u0000" + period.code() + "\u0000" + elementCode)) {
            conflicts.add(ConflictKind.DUPLICATE, elementCode, index, elementCode, unit.code, period.code());
            return null;
        }
        boolean delete = row.deleted() || options.strategy() == ImportStrategy.DELETE;
        if (delete) {
            return new Checked(position, row, element, unit, period.code(), null, null, true);
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
            return new Checked(position, row, element, unit, period.code(), null, answer, false);
        }
        if (!DECIMAL.matcher(raw).matches()) {
            conflicts.add(ConflictKind.NOT_NUMERIC, raw, index, raw);
            return null;
        }
        BigDecimal number = new BigDecimal(raw);
        ConflictKind problem = number.signum() < 0 ? ConflictKind.NEGATIVE
                : number.compareTo(MAX_NUMBER) > 0 ? ConflictKind.TOO_LARGE
                : indicator.valueKind == ValueKind.COUNT && number.stripTrailingZeros().scale() > 0
                ? ConflictKind.NOT_WHOLE_NUMBER
                : number.stripTrailingZeros().scale() > MAX_SCALE ? ConflictKind.TOO_PRECISE : null;
        if (problem != null) {
            conflicts.add(problem, raw, index, raw, MAX_NUMBER.toPlainString(), MAX_SCALE);
            return null;
        }
        return new Checked(position, row, element, unit, period.code(), Decimals.strip(number), null, false);
    }

    private static Outcome apply(ValueState state, Checked row, ImportStrategy strategy) {
        int slot = switch (row.element().part()) {
            case VALUE -> 0;
            case NUMERATOR -> 1;
            case DENOMINATOR -> 2;
        };
        boolean isAnswer = state.indicator.valueKind == ValueKind.BOOLEAN;
        Object current = isAnswer ? state.answer : state.now[slot];
        if (row.delete()) {
            if (current == null) {
                return Outcome.IGNORED;
            }
            if (isAnswer) {
                state.answer = null;
            } else {
                state.now[slot] = null;
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
        if (outcome != Outcome.IGNORED) {
            if (isAnswer) {
                state.answer = row.answer();
            } else {
                state.now[slot] = row.number();
            }
        }
        return outcome;
    }

    private void loadStored(Plan plan, Set<String> periods, boolean lock, Map<ReportKey, StoredReport> reports,
                            Map<String, ValueState> states, Map<Long, Indicator> indicators) {
        String in = String.join(",", java.util.Collections.nCopies(periods.size(), "?"));
        session().doWork(connection -> {
            // FOR UPDATE: a report approved while this import runs must not get values behind the reviewer's back.
            try (PreparedStatement ps = connection.prepareStatement("SELECT id, org_unit_id, period_code, status"
                    + " FROM submission WHERE plan_id = ? AND period_code IN (" + in + ")" + (lock ? " FOR UPDATE" : ""))) {
                bind(ps, plan.id, periods);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        reports.put(new ReportKey(rs.getLong(2), rs.getString(3)),
                                new StoredReport(rs.getLong(1), rs.getString(4)));
                    }
                }
            }
            try (PreparedStatement ps = connection.prepareStatement("SELECT v.id, s.org_unit_id, s.period_code,"
                    + " v.indicator_id, v.number_value, v.numerator, v.denominator, v.answer FROM submission_value v"
                    + " JOIN submission s ON s.id = v.submission_id WHERE s.plan_id = ? AND s.period_code IN (" + in + ")")) {
                bind(ps, plan.id, periods);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Indicator indicator = indicators.get(rs.getLong(4));
                        ReportKey key = new ReportKey(rs.getLong(2), rs.getString(3));
                        boolean answer = rs.getBoolean(8);
                        Boolean storedAnswer = rs.wasNull() ? null : answer;
                        states.put(stateKey(key, indicator), new ValueState(key, indicator, rs.getLong(1),
                                Decimals.strip(rs.getBigDecimal(5)), Decimals.strip(rs.getBigDecimal(6)),
                                Decimals.strip(rs.getBigDecimal(7)), storedAnswer));
                    }
                }
            }
        });
    }

    /** Writes the changed values: new reports first (as drafts), then value inserts, updates, deletes, the trail. */
    private void write(Plan plan, Collection<ValueState> all, Map<ReportKey, StoredReport> reports,
                       Collection<OrgUnit> units) {
        List<ValueState> changed = all.stream().filter(s -> !s.rows.isEmpty() && differs(s)).toList();
        Set<ReportKey> newReports = new LinkedHashSet<>();
        Set<Long> touched = new LinkedHashSet<>();
        for (ValueState s : changed) {
            StoredReport report = reports.get(s.report);
            if (report == null) {
                newReports.add(s.report);
            } else {
                touched.add(report.id());
            }
        }
        Map<Long, String> unitCodes = units.stream().collect(Collectors.toMap(u -> u.id, u -> u.code));
        LocalDateTime now = LocalDateTime.ofInstant(Instant.now(), ZoneOffset.UTC);
        Map<ReportKey, Long> reportIds = new HashMap<>();
        reports.forEach((key, report) -> reportIds.put(key, report.id()));
        Map<Long, String> deletedItems = new HashMap<>();
        session().doWork(connection -> {
            if (!newReports.isEmpty()) {
                try (PreparedStatement ps = connection.prepareStatement("INSERT INTO submission (plan_id, org_unit_id,"
                        + " period_code, status, demo, created_at, updated_at, version) VALUES (?, ?, ?, 'DRAFT', FALSE, ?, ?, 0)")) {
                    int n = 0;
                    for (ReportKey key : newReports) {
                        ps.setLong(1, plan.id);
                        ps.setLong(2, key.unitId());
                        ps.setString(3, key.period());
                        ps.setObject(4, now);
                        ps.setObject(5, now);
                        ps.addBatch();
                        if (++n % BATCH == 0) {
                            ps.executeBatch();
                        }
                    }
                    ps.executeBatch();
                }
                Set<String> periods = newReports.stream().map(ReportKey::period).collect(Collectors.toSet());
                String in = String.join(",", java.util.Collections.nCopies(periods.size(), "?"));
                try (PreparedStatement ps = connection.prepareStatement("SELECT id, org_unit_id, period_code FROM submission"
                        + " WHERE plan_id = ? AND period_code IN (" + in + ")")) {
                    bind(ps, plan.id, periods);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            reportIds.put(new ReportKey(rs.getLong(2), rs.getString(3)), rs.getLong(1));
                        }
                    }
                }
            }
            // The report's version moves with its values, so an editor holding an old ETag sees the change.
            batch(connection, "UPDATE submission SET updated_at = ?, version = version + 1 WHERE id = ?", touched,
                    (ps, id) -> {
                        ps.setObject(1, now);
                        ps.setLong(2, id);
                    });
            List<ValueState> inserts = changed.stream().filter(s -> s.id == null && !s.emptyNow()).toList();
            List<ValueState> updates = changed.stream().filter(s -> s.id != null && !s.emptyNow()).toList();
            List<ValueState> deletes = changed.stream().filter(s -> s.id != null && s.emptyNow()).toList();
            batch(connection, "INSERT INTO submission_value (submission_id, indicator_id, number_value, numerator,"
                    + " denominator, answer) VALUES (?, ?, ?, ?, ?, ?)", inserts, (ps, s) -> {
                ps.setLong(1, reportIds.get(s.report));
                ps.setLong(2, s.indicator.id);
                setValues(ps, 3, s);
            });
            batch(connection, "UPDATE submission_value SET number_value = ?, numerator = ?, denominator = ?,"
                    + " answer = ? WHERE id = ?", updates, (ps, s) -> {
                setValues(ps, 1, s);
                ps.setLong(5, s.id);
            });
            if (!deletes.isEmpty()) {
                deletedItems.putAll(itemsOf(connection, deletes));
                batch(connection, "DELETE FROM value_item WHERE value_id = ?", deletes, (ps, s) -> ps.setLong(1, s.id));
                batch(connection, "DELETE FROM submission_value WHERE id = ?", deletes, (ps, s) -> ps.setLong(1, s.id));
            }
        });
        List<FieldChange> trail = new ArrayList<>();
        for (ValueState s : changed) {
            AuditAction action = reports.containsKey(s.report) ? AuditAction.UPDATE : AuditAction.CREATE;
            long reportId = reportIds.get(s.report);
            String unit = unitCodes.get(s.report.unitId());
            String code = s.indicator.code;
            String[] fields = {".number", ".numerator", ".denominator"};
            for (int slot = 0; slot < 3; slot++) {
                if (!same(s.before[slot], s.now[slot])) {
                    trail.add(new FieldChange(reportId, action, plan.code, unit, s.report.period(), code + fields[slot],
                            print(s.before[slot]), print(s.now[slot])));
                }
            }
            if (s.answerBefore != s.answer && (s.answerBefore == null || !s.answerBefore.equals(s.answer))) {
                trail.add(new FieldChange(reportId, action, plan.code, unit, s.report.period(), code + ".answer",
                        s.answerBefore == null ? null : s.answerBefore.toString(),
                        s.answer == null ? null : s.answer.toString()));
            }
            if (s.id != null && deletedItems.containsKey(s.id)) {
                trail.add(new FieldChange(reportId, action, plan.code, unit, s.report.period(), code + ".items",
                        deletedItems.get(s.id), null));
            }
        }
        audit.recordAll(trail);
    }

    /** Named items of values about to be removed, printed as the audit trail prints them. */
    private static Map<Long, String> itemsOf(Connection connection, List<ValueState> values) throws SQLException {
        Map<Long, String> items = new HashMap<>();
        for (int from = 0; from < values.size(); from += BATCH) {
            List<ValueState> chunk = values.subList(from, Math.min(values.size(), from + BATCH));
            String in = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
            try (PreparedStatement ps = connection.prepareStatement("SELECT value_id, name, flagged FROM value_item"
                    + " WHERE value_id IN (" + in + ") ORDER BY value_id, position")) {
                for (int i = 0; i < chunk.size(); i++) {
                    ps.setLong(i + 1, chunk.get(i).id);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String name = rs.getBoolean(3) ? rs.getString(2) + " [✓]" : rs.getString(2);
                        items.merge(rs.getLong(1), name, (a, b) -> a + "; " + b);
                    }
                }
            }
        }
        return items;
    }

    private static void setValues(PreparedStatement ps, int first, ValueState s) throws SQLException {
        for (int slot = 0; slot < 3; slot++) {
            ps.setBigDecimal(first + slot, s.now[slot]);
        }
        if (s.answer == null) {
            ps.setNull(first + 3, Types.BOOLEAN);
        } else {
            ps.setBoolean(first + 3, s.answer);
        }
    }

    interface Binder<T> {
        void bind(PreparedStatement ps, T item) throws SQLException;
    }

    static <T> void batch(Connection connection, String sql, Collection<T> items, Binder<T> binder)
            throws SQLException {
        if (items.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            int n = 0;
            for (T item : items) {
                binder.bind(ps, item);
                ps.addBatch();
                if (++n % BATCH == 0) {
                    ps.executeBatch();
                }
            }
            if (n % BATCH != 0) {
                ps.executeBatch();
            }
        }
    }

    private static void bind(PreparedStatement ps, long planId, Collection<String> periods) throws SQLException {
        ps.setLong(1, planId);
        int i = 2;
        for (String period : periods) {
            ps.setString(i++, period);
        }
    }

    private Session session() {
        return em.unwrap(Session.class);
    }

    private static boolean differs(ValueState s) {
        for (int slot = 0; slot < 3; slot++) {
            if (!same(s.before[slot], s.now[slot])) {
                return true;
            }
        }
        return s.answerBefore == null ? s.answer != null : !s.answerBefore.equals(s.answer);
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static String print(BigDecimal value) {
        return value == null ? null : Decimals.strip(value).toPlainString();
    }

    private static String stateKey(ReportKey key, Indicator indicator) {
        return key.unitId() + "|" + key.period() + "|" + indicator.id;
    }

    private static boolean isDefault(String combo) {
        String c = trim(combo);
        return c == null || c.equalsIgnoreCase("default");
    }

    private static String trim(String s) {
        return Text.trimToNull(s);
    }
}
