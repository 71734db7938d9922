package vn.planmonitor.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The hand-written SQL that computes the plan-progress figures (bench/src/main/resources/sql):
 * {@code summary} reads the per-target summary rows (progress_cell) the endpoint reads once the
 * progress engine keeps them; {@code live} groups the values straight from submission_value.
 */
public final class ProgressSql {

    public enum Variant {
        SUMMARY("progress-summary.sql"), LIVE("progress-live.sql");

        final String resource;

        Variant(String resource) {
            this.resource = resource;
        }
    }

    /** One target's figure in one period, as the SQL computes it. */
    public record Row(long targetId, String period, int expected, int reported, BigDecimal figure, Boolean met) {
    }

    private ProgressSql() {
    }

    /** @param scope "plan:&lt;id&gt;" or "target:&lt;id&gt;" */
    public static String text(Variant variant, String scope, int currentYear) {
        String sql;
        try (InputStream in = ProgressSql.class.getResourceAsStream("/sql/" + variant.resource)) {
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        sql = sql.lines().filter(l -> !l.strip().startsWith("--")).collect(Collectors.joining("\n"));
        String[] parts = scope.split(":");
        long id = Long.parseLong(parts[1]);
        boolean plan = parts[0].equals("plan");
        return sql.replace(":scope", (plan ? "t.plan_id = " : "t.id = ") + id)
                .replace(":year", String.valueOf(currentYear))
                .replace(":hint", plan ? "STRAIGHT_JOIN" : "");
    }

    public static boolean summaryAvailable(Connection c) throws SQLException {
        return Db.longValue(c, "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = DATABASE()"
                + " AND table_name = 'progress_cell'") > 0;
    }

    /** Runs the statement and reads every row (what a caller would do), returning a checksum-ish count. */
    public static long consume(Statement st, String sql) throws SQLException {
        long n = 0;
        try (ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                n += rs.getLong(1) + rs.getInt(3) + rs.getInt(4);
                BigDecimal figure = rs.getBigDecimal(5);
                if (figure != null) {
                    n += figure.signum();
                }
            }
        }
        return n;
    }

    public static Map<String, Row> rows(Connection c, String sql) throws SQLException {
        Map<String, Row> rows = new LinkedHashMap<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                int met = rs.getInt(6);
                Boolean m = rs.wasNull() ? null : met == 1;
                Row row = new Row(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getBigDecimal(5), m);
                rows.put(row.targetId() + "|" + row.period(), row);
            }
        }
        return rows;
    }
}
