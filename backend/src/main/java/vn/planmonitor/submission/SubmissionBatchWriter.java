package vn.planmonitor.submission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.Session;
import vn.planmonitor.audit.AuditAction;
import vn.planmonitor.audit.AuditTrail;
import vn.planmonitor.audit.AuditTrail.FieldChange;
import vn.planmonitor.common.Decimals;
import vn.planmonitor.indicator.Indicator;
import vn.planmonitor.orgunit.OrgUnit;
import vn.planmonitor.plan.Plan;
import vn.planmonitor.submission.SubmissionInput.ItemInput;
import vn.planmonitor.submission.SubmissionBatch.Figure;
import vn.planmonitor.submission.SubmissionBatch.ReportKey;
import vn.planmonitor.submission.SubmissionBatch.StoredReport;
import vn.planmonitor.submission.SubmissionBatch.Value;

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
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads and writes many reports' values at once (the bulk import), set-based so that 100,000 values
 * stay fast: three queries to load (reports, values, named items), JDBC batches to write (IDENTITY keys stop Hibernate from batching
 * inserts). What it writes is what the report form would: reports it creates are drafts, each
 * changed field is in the audit trail, and a changed report's version moves.
 * <p>
 * It never changes a report's status, and so never the progress summaries
 * ({@code progress.ProgressCells}), which count only submitted and approved reports: the caller
 * refuses values for those (see {@link SubmissionStatus#isEditable}), and {@link #open} locks the
 * reports so none is submitted or approved while the batch runs.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class SubmissionBatchWriter {

    private static final int BATCH = 1000;

    @Inject
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Event<ReportSaved> saved;

    /**
     * The plan's stored reports and values for the periods. {@code forWrite} locks the reports
     * (FOR UPDATE): a report approved while the batch runs must not get values behind the reviewer's
     * back. A dry run does not lock.
     */
    public SubmissionBatch open(Plan plan, Set<String> periods, Collection<Indicator> indicators, boolean forWrite) {
        Map<ReportKey, StoredReport> reports = new HashMap<>();
        Map<String, Value> values = new LinkedHashMap<>();
        if (plan == null || periods.isEmpty()) {
            return new SubmissionBatch(plan, reports, values);
        }
        Map<Long, Indicator> indicatorsById = indicators.stream().collect(Collectors.toMap(i -> i.id, i -> i));
        String in = placeholders(periods.size());
        Map<Long, List<ItemInput>> items = new HashMap<>();
        session().doWork(connection -> {
            try (PreparedStatement ps = connection.prepareStatement("SELECT i.value_id, i.name, i.flagged FROM value_item i"
                    + " JOIN submission_value v ON v.id = i.value_id JOIN submission s ON s.id = v.submission_id"
                    + " WHERE s.plan_id = ? AND s.period_code IN (" + in + ") ORDER BY i.value_id, i.position")) {
                bind(ps, plan.id, periods);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        items.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                                .add(new ItemInput(rs.getString(2), rs.getBoolean(3)));
                    }
                }
            }
            try (PreparedStatement ps = connection.prepareStatement("SELECT id, org_unit_id, period_code, status"
                    + " FROM submission WHERE plan_id = ? AND period_code IN (" + in + ")"
                    + (forWrite ? " FOR UPDATE" : ""))) {
                bind(ps, plan.id, periods);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        reports.put(new ReportKey(rs.getLong(2), rs.getString(3)),
                                new StoredReport(rs.getLong(1), SubmissionStatus.valueOf(rs.getString(4))));
                    }
                }
            }
            try (PreparedStatement ps = connection.prepareStatement("SELECT v.id, s.org_unit_id, s.period_code,"
                    + " v.indicator_id, v.number_value, v.numerator, v.denominator, v.answer FROM submission_value v"
                    + " JOIN submission s ON s.id = v.submission_id WHERE s.plan_id = ? AND s.period_code IN (" + in + ")")) {
                bind(ps, plan.id, periods);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Indicator indicator = indicatorsById.get(rs.getLong(4));
                        ReportKey key = new ReportKey(rs.getLong(2), rs.getString(3));
                        boolean answer = rs.getBoolean(8);
                        Boolean storedAnswer = rs.wasNull() ? null : answer;
                        values.put(SubmissionBatch.key(key, indicator), new Value(key, indicator, rs.getLong(1),
                                Decimals.strip(rs.getBigDecimal(5)), Decimals.strip(rs.getBigDecimal(6)),
                                Decimals.strip(rs.getBigDecimal(7)), storedAnswer,
                                List.copyOf(items.getOrDefault(rs.getLong(1), List.of()))));
                    }
                }
            }
        });
        return new SubmissionBatch(plan, reports, values);
    }

    /**
     * Writes the changed values: new reports first (as drafts), then value inserts, updates, deletes,
     * the trail. {@code units} names the units of the batch's reports for the trail.
     */
    public void write(SubmissionBatch batch, Collection<OrgUnit> units) {
        Plan plan = batch.plan;
        Map<ReportKey, StoredReport> reports = batch.reports;
        List<Value> changed = batch.values.values().stream().filter(Value::changed).toList();
        Set<ReportKey> newReports = new LinkedHashSet<>();
        Set<Long> touched = new LinkedHashSet<>();
        for (Value value : changed) {
            StoredReport report = reports.get(value.report);
            if (report == null) {
                newReports.add(value.report);
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
                batch(connection, "INSERT INTO submission (plan_id, org_unit_id, period_code, status, demo, created_at,"
                        + " updated_at, version) VALUES (?, ?, ?, ?, FALSE, ?, ?, 0)", newReports, (ps, key) -> {
                    ps.setLong(1, plan.id);
                    ps.setLong(2, key.unitId());
                    ps.setString(3, key.period());
                    ps.setString(4, SubmissionStatus.DRAFT.name());
                    ps.setObject(5, now);
                    ps.setObject(6, now);
                });
                Set<String> periods = newReports.stream().map(ReportKey::period).collect(Collectors.toSet());
                try (PreparedStatement ps = connection.prepareStatement("SELECT id, org_unit_id, period_code FROM submission"
                        + " WHERE plan_id = ? AND period_code IN (" + placeholders(periods.size()) + ")")) {
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
            List<Value> inserts = changed.stream().filter(v -> v.id == null && !v.emptyNow()).toList();
            List<Value> updates = changed.stream().filter(v -> v.id != null && !v.emptyNow()).toList();
            List<Value> deletes = changed.stream().filter(v -> v.id != null && v.emptyNow()).toList();
            batch(connection, "INSERT INTO submission_value (submission_id, indicator_id, number_value, numerator,"
                    + " denominator, answer) VALUES (?, ?, ?, ?, ?, ?)", inserts, (ps, v) -> {
                ps.setLong(1, reportIds.get(v.report));
                ps.setLong(2, v.indicator.id);
                setValues(ps, 3, v);
            });
            batch(connection, "UPDATE submission_value SET number_value = ?, numerator = ?, denominator = ?,"
                    + " answer = ? WHERE id = ?", updates, (ps, v) -> {
                setValues(ps, 1, v);
                ps.setLong(5, v.id);
            });
            List<Value> withItems = changed.stream().filter(v -> !v.emptyNow() && v.itemsChanged()).toList();
            if (!withItems.isEmpty()) {
                Map<Value, Long> valueIds = valueIds(connection, withItems, reportIds);
                batch(connection, "DELETE FROM value_item WHERE value_id = ?", withItems,
                        (ps, v) -> ps.setLong(1, valueIds.get(v)));
                List<Object[]> rows = new ArrayList<>();
                withItems.forEach(v -> {
                    for (int position = 0; position < v.items().size(); position++) {
                        rows.add(new Object[]{valueIds.get(v), position, v.items().get(position)});
                    }
                });
                batch(connection, "INSERT INTO value_item (value_id, position, name, flagged) VALUES (?, ?, ?, ?)", rows,
                        (ps, row) -> {
                            ItemInput item = (ItemInput) row[2];
                            ps.setLong(1, (Long) row[0]);
                            ps.setInt(2, (Integer) row[1]);
                            ps.setString(3, item.name());
                            ps.setBoolean(4, Boolean.TRUE.equals(item.flagged()));
                        });
            }
            if (!deletes.isEmpty()) {
                deletedItems.putAll(itemsOf(connection, deletes));
                batch(connection, "DELETE FROM value_item WHERE value_id = ?", deletes, (ps, v) -> ps.setLong(1, v.id));
                batch(connection, "DELETE FROM submission_value WHERE id = ?", deletes, (ps, v) -> ps.setLong(1, v.id));
            }
        });
        audit.recordAll(trail(plan, changed, reports, reportIds, unitCodes, deletedItems));
        for (ReportKey key : newReports) {
            saved.fire(new ReportSaved(reportIds.get(key), plan.code, key.unitId(), unitCodes.get(key.unitId()), key.period(),
                    ReportSaved.Kind.CREATED));
        }
        reports.forEach((key, report) -> {
            if (touched.contains(report.id())) {
                saved.fire(new ReportSaved(report.id(), plan.code, key.unitId(), unitCodes.get(key.unitId()), key.period(),
                        ReportSaved.Kind.UPDATED));
            }
        });
    }

    /** One entry per changed field, as {@code AuditTrail.recordChanges} writes them for the report form. */
    private static List<FieldChange> trail(Plan plan, List<Value> changed, Map<ReportKey, StoredReport> reports,
                                           Map<ReportKey, Long> reportIds, Map<Long, String> unitCodes,
                                           Map<Long, String> deletedItems) {
        List<FieldChange> trail = new ArrayList<>();
        for (Value v : changed) {
            AuditAction action = reports.containsKey(v.report) ? AuditAction.UPDATE : AuditAction.CREATE;
            long reportId = reportIds.get(v.report);
            String unit = unitCodes.get(v.report.unitId());
            String code = v.indicator.code;
            for (Figure figure : Figure.values()) {
                if (!Value.same(v.figureBefore(figure), v.figure(figure))) {
                    trail.add(new FieldChange(reportId, action, plan.code, unit, v.report.period(),
                            code + "." + figure.name().toLowerCase(Locale.ROOT), print(v.figureBefore(figure)),
                            print(v.figure(figure))));
                }
            }
            if (!Objects.equals(v.answerBefore, v.answer())) {
                trail.add(new FieldChange(reportId, action, plan.code, unit, v.report.period(), code + ".answer",
                        v.answerBefore == null ? null : v.answerBefore.toString(),
                        v.answer() == null ? null : v.answer().toString()));
            }
            if (!v.emptyNow() && v.itemsChanged()) {
                trail.add(new FieldChange(reportId, action, plan.code, unit, v.report.period(), code + ".items",
                        print(v.itemsBefore), print(v.items())));
            }
            if (v.id != null && deletedItems.containsKey(v.id)) {
                trail.add(new FieldChange(reportId, action, plan.code, unit, v.report.period(), code + ".items",
                        deletedItems.get(v.id), null));
            }
        }
        return trail;
    }

    /** Named items of values about to be removed, printed as the audit trail prints them. */
    private static Map<Long, String> itemsOf(Connection connection, List<Value> values) throws SQLException {
        Map<Long, String> items = new HashMap<>();
        for (int from = 0; from < values.size(); from += BATCH) {
            List<Value> chunk = values.subList(from, Math.min(values.size(), from + BATCH));
            try (PreparedStatement ps = connection.prepareStatement("SELECT value_id, name, flagged FROM value_item"
                    + " WHERE value_id IN (" + placeholders(chunk.size()) + ") ORDER BY value_id, position")) {
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

    private static void setValues(PreparedStatement ps, int first, Value v) throws SQLException {
        ps.setBigDecimal(first, v.figure(Figure.NUMBER));
        ps.setBigDecimal(first + 1, v.figure(Figure.NUMERATOR));
        ps.setBigDecimal(first + 2, v.figure(Figure.DENOMINATOR));
        if (v.answer() == null) {
            ps.setNull(first + 3, Types.BOOLEAN);
        } else {
            ps.setBoolean(first + 3, v.answer());
        }
    }

    private interface Binder<T> {
        void bind(PreparedStatement ps, T item) throws SQLException;
    }

    private static <T> void batch(Connection connection, String sql, Collection<T> items, Binder<T> binder)
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

    private static String placeholders(int n) {
        return String.join(",", Collections.nCopies(n, "?"));
    }

    /** Named items as the audit trail prints them ({@code Snapshot}): "name; name [✓]", nothing for none. */
    private static String print(List<ItemInput> items) {
        return items.isEmpty() ? null : items.stream().map(i -> Boolean.TRUE.equals(i.flagged()) ? i.name() + " [✓]"
                : i.name()).collect(Collectors.joining("; "));
    }

    /**
     * The row ids of values about to get items: a value the batch inserted has none in memory (IDENTITY keys
     * of a JDBC batch), so it is found by its report and indicator, the table's unique key.
     */
    private static Map<Value, Long> valueIds(Connection connection, List<Value> values, Map<ReportKey, Long> reportIds)
            throws SQLException {
        Map<Value, Long> ids = new java.util.IdentityHashMap<>();
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT id FROM submission_value WHERE submission_id = ? AND indicator_id = ?")) {
            for (Value v : values) {
                if (v.id != null) {
                    ids.put(v, v.id);
                    continue;
                }
                ps.setLong(1, reportIds.get(v.report));
                ps.setLong(2, v.indicator.id);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    ids.put(v, rs.getLong(1));
                }
            }
        }
        return ids;
    }

    private static String print(BigDecimal value) {
        return value == null ? null : Decimals.strip(value).toPlainString();
    }

    private Session session() {
        return em.unwrap(Session.class);
    }
}
