package vn.planmonitor.support;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the benchmark's data generator ({@code bench/generate.sql}) the way the harness does: the
 * parameters as session variables, then each statement of the file on the same connection.
 */
public final class BenchData {

    /**
     * A plan whose years lie before the tests' fixed "today" (2020-06-30), so most periods have figures.
     *
     * @param units   reporting units generated
     * @param monthly monthly indicators
     * @param yearly  yearly indicators (the 2nd is reported by named units, the 8th is inactive)
     */
    public record Shape(String planCode, String prefix, int units, int monthly, int yearly, int firstYear,
                        int lastYear, long seed) {
    }

    public static final Shape TEST_SHAPE = new Shape("BENCH-TEST", "B", 300, 2, 8, 2015, 2020, 7);

    private BenchData() {
    }

    /** @return the generated plan's id */
    public static long generate(DataSource dataSource, Shape shape) throws SQLException, IOException {
        List<String> statements = new ArrayList<>(List.of(
                "SET @seed = " + shape.seed(), "SET @units = " + shape.units(), "SET @monthly = " + shape.monthly(),
                "SET @yearly = " + shape.yearly(), "SET @first_year = " + shape.firstYear(),
                "SET @last_year = " + shape.lastYear(), "SET @plan_code = '" + shape.planCode() + "'",
                "SET @prefix = '" + shape.prefix() + "'"));
        statements.addAll(statements(Files.readString(Path.of("..", "bench", "generate.sql"), StandardCharsets.UTF_8)));
        // The generator writes the active flag of the schema before validity dates; its inactive units get
        // the validity the upgrade gives an inactive unit (changelog 020): ended before any plan begins.
        statements.add("UPDATE org_unit SET valid_to = '1000-01-01' WHERE active = FALSE AND valid_to IS NULL");
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            for (String sql : statements) {
                st.execute(sql);
            }
            try (ResultSet rs = st.executeQuery("SELECT id FROM plan WHERE code = '" + shape.planCode() + "'")) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Statements end with ';' at the end of a line; whole-line '--' comments are skipped. */
    static List<String> statements(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("--")) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                String sql = current.toString().strip();
                statements.add(sql.substring(0, sql.length() - 1));
                current.setLength(0);
            }
        }
        return statements;
    }
}
