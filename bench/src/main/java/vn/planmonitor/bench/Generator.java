package vn.planmonitor.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs bench/generate.sql the plain way: the parameters as user variables, then the file split on lines
 * ending with ';' (whole-line '--' comments skipped), each statement executed in order on one connection.
 */
public final class Generator {

    /** What one generation did: the row counts of the last statement, and how long it took. */
    public record Outcome(Map<String, String> counts, long millis, List<String> slowest) {
    }

    private Generator() {
    }

    public static List<String> statements(String sql) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : sql.split("\n", -1)) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("--")) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                String statement = current.toString().strip();
                statements.add(statement.substring(0, statement.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            throw new IllegalArgumentException("The last statement does not end with ';': " + current);
        }
        return statements;
    }

    public static Map<String, Object> parameters(Preset preset) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("seed", Preset.SEED);
        p.put("units", preset.units);
        p.put("monthly", preset.monthly);
        p.put("yearly", preset.yearly);
        p.put("first_year", Preset.FIRST_YEAR);
        p.put("last_year", Preset.LAST_YEAR);
        p.put("plan_code", preset.planCode());
        p.put("prefix", Preset.PREFIX);
        return p;
    }

    public static Outcome run(Connection connection, Path file, Map<String, Object> parameters)
            throws IOException, SQLException {
        List<String> statements = statements(Files.readString(file, StandardCharsets.UTF_8));
        long started = System.nanoTime();
        Map<String, String> last = new LinkedHashMap<>();
        List<long[]> timings = new ArrayList<>();
        try (Statement st = connection.createStatement()) {
            for (Map.Entry<String, Object> e : parameters.entrySet()) {
                Object v = e.getValue();
                String literal = v instanceof Number ? v.toString() : "'" + v.toString().replace("'", "''") + "'";
                st.execute("SET @" + e.getKey() + " = " + literal);
            }
            for (int i = 0; i < statements.size(); i++) {
                long t0 = System.nanoTime();
                if (st.execute(statements.get(i))) {
                    try (ResultSet rs = st.getResultSet()) {
                        ResultSetMetaData md = rs.getMetaData();
                        if (rs.next()) {
                            last.clear();
                            for (int c = 1; c <= md.getColumnCount(); c++) {
                                last.put(md.getColumnLabel(c), rs.getString(c));
                            }
                        }
                    }
                }
                timings.add(new long[] {i, (System.nanoTime() - t0) / 1_000_000});
            }
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        List<String> slowest = timings.stream().sorted((a, b) -> Long.compare(b[1], a[1])).limit(3)
                .map(t -> String.format("%,d ms: %s", t[1], firstLine(statements.get((int) t[0]))))
                .toList();
        return new Outcome(last, millis, slowest);
    }

    private static String firstLine(String statement) {
        String line = statement.lines().findFirst().orElse("");
        return line.length() > 70 ? line.substring(0, 70) + "…" : line;
    }
}
