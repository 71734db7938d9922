package vn.planmonitor.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * The empty period every write measurement writes into: the generated plan's last year (no report
 * there), for every active generated unit and every active indicator it reports. Each measurement
 * (API import, raw JDBC insert, single-report POSTs) writes a part of it and the harness deletes what
 * was written before the next one, so each writes into the same empty slot of tables of the same size.
 * The values are fixed by the seed, so the API and the JDBC reference store exactly the same rows.
 */
public final class Slot {

    public record Value(long indicatorId, String indicatorCode, String kind, String numeratorCode,
                        String denominatorCode, BigDecimal number, BigDecimal numerator, BigDecimal denominator,
                        Boolean answer) {

        /** Data value set rows this value takes: a RATIO is two data elements. */
        int dataValues() {
            return "RATIO".equals(kind) ? 2 : 1;
        }
    }

    public record Report(long unitId, String unitCode, List<Value> values) {
    }

    /** Reports (the last one possibly cut) holding exactly the body's number of values. */
    public record Body(List<Report> reports) {

        public int values() {
            return reports.stream().mapToInt(r -> r.values().size()).sum();
        }

        public int dataValues() {
            return reports.stream().flatMap(r -> r.values().stream()).mapToInt(Value::dataValues).sum();
        }
    }

    public final long planId;
    public final String planCode;
    public final String period;
    public final String periodType;
    public final List<Report> reports;

    private Slot(long planId, String planCode, String period, String periodType, List<Report> reports) {
        this.planId = planId;
        this.planCode = planCode;
        this.period = period;
        this.periodType = periodType;
        this.reports = reports;
    }

    public int values() {
        return reports.stream().mapToInt(r -> r.values().size()).sum();
    }

    /** The slot of the plan's last year, for the period type with the most active indicators. */
    public static Slot load(Connection c, String planCode, String prefix, int seed) throws SQLException {
        long planId = Db.longValue(c, "SELECT id FROM plan WHERE code = ?", planCode);
        long lastYear = Db.longValue(c, "SELECT last_year FROM plan WHERE id = ?", planId);
        String type = Db.stringValue(c, "SELECT period_type FROM indicator WHERE plan_id = ? AND active"
                + " GROUP BY period_type ORDER BY COUNT(*) DESC, period_type DESC LIMIT 1", planId);
        String period = "MONTHLY".equals(type) ? lastYear + "01" : String.valueOf(lastYear);
        Map<Long, Report> byUnit = new LinkedHashMap<>();
        String sql = "SELECT u.id, u.code, i.id, i.code, i.value_kind, i.numerator_code, i.denominator_code"
                + " FROM indicator i"
                + " JOIN indicator_unit_type it ON it.indicator_id = i.id"
                + " JOIN org_unit u ON u.unit_type = it.unit_type AND u.active AND u.code LIKE ?"
                + " WHERE i.plan_id = ? AND i.active AND i.period_type = ?"
                + "   AND (NOT EXISTS (SELECT 1 FROM indicator_reporting_unit r WHERE r.indicator_id = i.id)"
                + "        OR EXISTS (SELECT 1 FROM indicator_reporting_unit r WHERE r.indicator_id = i.id AND r.org_unit_id = u.id))"
                + "   AND NOT EXISTS (SELECT 1 FROM submission s WHERE s.plan_id = i.plan_id AND s.org_unit_id = u.id"
                + "                   AND s.period_code = ?)"
                + " ORDER BY u.code, i.code";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, prefix + "-U%");
            ps.setLong(2, planId);
            ps.setString(3, type);
            ps.setString(4, period);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long unitId = rs.getLong(1);
                    String unitCode = rs.getString(2);
                    String indicatorCode = rs.getString(4);
                    String kind = rs.getString(5);
                    Report report = byUnit.computeIfAbsent(unitId, k -> new Report(unitId, unitCode, new ArrayList<>()));
                    report.values().add(value(seed, unitCode, period, rs.getLong(3), indicatorCode, kind,
                            rs.getString(6), rs.getString(7)));
                }
            }
        }
        return new Slot(planId, planCode, period, type, List.copyOf(byUnit.values()));
    }

    private static Value value(int seed, String unit, String period, long indicatorId, String indicator, String kind,
                               String numeratorCode, String denominatorCode) {
        CRC32 crc = new CRC32();
        crc.update((seed + ":b:" + unit + ":" + period + ":" + indicator).getBytes(StandardCharsets.UTF_8));
        long h = crc.getValue();
        return switch (kind) {
            case "RATIO" -> {
                long den = 1 + h % 40;
                long num = den * (50 + (h / 40) % 51) / 100;
                yield new Value(indicatorId, indicator, kind, numeratorCode, denominatorCode, null,
                        BigDecimal.valueOf(num), BigDecimal.valueOf(den), null);
            }
            case "COUNT" -> new Value(indicatorId, indicator, kind, null, null, BigDecimal.valueOf(h % 5), null, null, null);
            case "BOOLEAN" -> new Value(indicatorId, indicator, kind, null, null, null, null, null, h % 3 != 0);
            default -> new Value(indicatorId, indicator, kind, null, null,
                    BigDecimal.valueOf(h % 100_000).divide(BigDecimal.valueOf(100), 2, RoundingMode.UNNECESSARY),
                    null, null, null);
        };
    }

    /**
     * Consecutive bodies of exactly {@code size} values (the slot whole when it holds fewer); a report
     * may be cut between two bodies. A trailing body smaller than the others is left out, so every
     * body does the same work.
     */
    public List<Body> bodies(int size) {
        List<Body> bodies = new ArrayList<>();
        List<Report> current = new ArrayList<>();
        int inBody = 0;
        for (Report report : reports) {
            List<Value> values = report.values();
            int from = 0;
            while (from < values.size()) {
                int take = Math.min(values.size() - from, size - inBody);
                current.add(new Report(report.unitId(), report.unitCode(), values.subList(from, from + take)));
                inBody += take;
                from += take;
                if (inBody == size) {
                    bodies.add(new Body(current));
                    current = new ArrayList<>();
                    inBody = 0;
                }
            }
        }
        if (bodies.isEmpty() && !current.isEmpty()) {
            bodies.add(new Body(current));
        }
        return bodies;
    }

    /** The DHIS2 data value set of one body, as the import endpoint takes it. */
    public String dataValueSet(Body body) {
        ObjectNode root = Api.JSON.createObjectNode();
        root.put("dataSet", planCode);
        root.put("period", period);
        ArrayNode rows = root.putArray("dataValues");
        for (Report report : body.reports()) {
            for (Value v : report.values()) {
                switch (v.kind()) {
                    case "RATIO" -> {
                        rows.addObject().put("dataElement", v.numeratorCode()).put("orgUnit", report.unitCode())
                                .put("value", v.numerator().toPlainString());
                        rows.addObject().put("dataElement", v.denominatorCode()).put("orgUnit", report.unitCode())
                                .put("value", v.denominator().toPlainString());
                    }
                    case "BOOLEAN" -> rows.addObject().put("dataElement", v.indicatorCode())
                            .put("orgUnit", report.unitCode()).put("value", v.answer().toString());
                    default -> rows.addObject().put("dataElement", v.indicatorCode())
                            .put("orgUnit", report.unitCode()).put("value", v.number().toPlainString());
                }
            }
        }
        return root.toString();
    }

    /** One report with all its values, as POST /api/v1/submissions takes it. */
    public String submission(Report report) {
        ObjectNode root = Api.JSON.createObjectNode();
        root.put("planCode", planCode);
        root.put("orgUnitCode", report.unitCode());
        root.put("period", period);
        ArrayNode values = root.putArray("values");
        for (Value v : report.values()) {
            ObjectNode node = values.addObject().put("indicatorCode", v.indicatorCode());
            switch (v.kind()) {
                case "RATIO" -> node.put("numerator", v.numerator()).put("denominator", v.denominator());
                case "BOOLEAN" -> node.put("answer", v.answer());
                default -> node.put("number", v.number());
            }
        }
        return root.toString();
    }

    /**
     * The physical reference: the same rows the import stores (DRAFT reports, then their values), by
     * plain JDBC batches in one transaction — no parsing, no checks, no audit trail.
     */
    public int insertRaw(Connection c, Body body) throws SQLException {
        return insertRaw(c, body, false);
    }

    /**
     * @param withAudit also write the audit rows the import writes (one per stored field, in JDBC batches
     *                  of 1000 as the backend does): a diagnosis of where the import's time goes, not the reference
     */
    public int insertRaw(Connection c, Body body, boolean withAudit) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            Timestamp now = Timestamp.from(Instant.now());
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO submission (plan_id, org_unit_id, period_code,"
                    + " status, demo, created_at, updated_at, version) VALUES (?, ?, ?, 'DRAFT', FALSE, ?, ?, 0)")) {
                for (Report r : body.reports()) {
                    ps.setLong(1, planId);
                    ps.setLong(2, r.unitId());
                    ps.setString(3, period);
                    ps.setTimestamp(4, now);
                    ps.setTimestamp(5, now);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            Map<Long, Long> ids = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id, org_unit_id FROM submission WHERE plan_id = ? AND period_code = ?")) {
                ps.setLong(1, planId);
                ps.setString(2, period);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.put(rs.getLong(2), rs.getLong(1));
                    }
                }
            }
            int rows = 0;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO submission_value (submission_id, indicator_id,"
                    + " number_value, numerator, denominator, answer) VALUES (?, ?, ?, ?, ?, ?)")) {
                for (Report r : body.reports()) {
                    long id = ids.get(r.unitId());
                    for (Value v : r.values()) {
                        ps.setLong(1, id);
                        ps.setLong(2, v.indicatorId());
                        ps.setBigDecimal(3, v.number());
                        ps.setBigDecimal(4, v.numerator());
                        ps.setBigDecimal(5, v.denominator());
                        if (v.answer() == null) {
                            ps.setNull(6, Types.BOOLEAN);
                        } else {
                            ps.setBoolean(6, v.answer());
                        }
                        ps.addBatch();
                        rows++;
                    }
                }
                ps.executeBatch();
            }
            if (withAudit) {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO audit_event (occurred_at, actor, action,"
                        + " submission_id, plan_code, org_unit_code, period_code, field_name, old_value, new_value)"
                        + " VALUES (?, 'admin', 'CREATE', ?, ?, ?, ?, ?, NULL, ?)")) {
                    int n = 0;
                    for (Report r : body.reports()) {
                        for (Value v : r.values()) {
                            String[][] fields = switch (v.kind()) {
                                case "RATIO" -> new String[][] {{".numerator", v.numerator().toPlainString()},
                                        {".denominator", v.denominator().toPlainString()}};
                                case "BOOLEAN" -> new String[][] {{".answer", v.answer().toString()}};
                                default -> new String[][] {{".number", v.number().toPlainString()}};
                            };
                            for (String[] f : fields) {
                                ps.setTimestamp(1, now);
                                ps.setLong(2, ids.get(r.unitId()));
                                ps.setString(3, planCode);
                                ps.setString(4, r.unitCode());
                                ps.setString(5, period);
                                ps.setString(6, v.indicatorCode() + f[0]);
                                ps.setString(7, f[1]);
                                ps.addBatch();
                                if (++n % 1000 == 0) {
                                    ps.executeBatch();
                                }
                            }
                        }
                    }
                    ps.executeBatch();
                }
            }
            c.commit();
            return rows;
        } catch (SQLException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }

    /** Values stored in the slot now. */
    public long stored(Connection c) throws SQLException {
        return Db.longValue(c, "SELECT COUNT(*) FROM submission_value v JOIN submission s ON s.id = v.submission_id"
                + " WHERE s.plan_id = ? AND s.period_code = ?", planId, period);
    }

    /** Deletes whatever a measurement wrote into the slot: reports, values, warnings, items, audit rows. */
    public void clear(Connection c) throws SQLException {
        String reports = " JOIN submission s ON s.id = %s WHERE s.plan_id = ? AND s.period_code = ?";
        for (String sql : List.of(
                "DELETE FROM audit_event WHERE plan_code = ? AND period_code = ?",
                "DELETE w FROM submission_warning w" + reports.formatted("w.submission_id"),
                "DELETE i FROM value_item i JOIN submission_value v ON v.id = i.value_id" + reports.formatted("v.submission_id"),
                "DELETE v FROM submission_value v" + reports.formatted("v.submission_id"),
                "DELETE FROM submission WHERE plan_id = ? AND period_code = ?")) {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                if (sql.startsWith("DELETE FROM audit_event")) {
                    ps.setString(1, planCode);
                } else {
                    ps.setLong(1, planId);
                }
                ps.setString(2, period);
                ps.executeUpdate();
            }
        }
    }
}
