package vn.planmonitor.support;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** A plan's progress summaries as comparable text, for tests that hold step-by-step cells against a rebuild. */
public final class ProgressCellRows {

    private ProgressCellRows() {
    }

    /** The plan's non-empty cells: a cell emptied by later changes keeps its row with zeros, which a rebuild does not write. */
    public static List<String> of(DataSource dataSource, long planId) throws SQLException {
        List<String> rows = new ArrayList<>();
        read(dataSource, rows, "SELECT c.* FROM progress_cell c JOIN plan_target t ON t.id = c.target_id"
                + " WHERE t.plan_id = " + planId + " AND c.value_count <> 0"
                + " ORDER BY c.target_id, c.period_code, c.status, c.reporter");
        // A derived target's sums per operand (K12), after the plain cells.
        read(dataSource, rows, "SELECT 'operand', c.* FROM progress_operand_cell c JOIN plan_target t ON t.id = c.target_id"
                + " WHERE t.plan_id = " + planId + " AND c.value_count <> 0"
                + " ORDER BY c.target_id, c.indicator_id, c.period_code, c.status, c.reporter");
        return rows;
    }

    private static void read(DataSource dataSource, List<String> rows, String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(rs.getString(i)).append('|');
                }
                rows.add(row.toString());
            }
        }
    }
}
