package vn.planmonitor.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** JDBC connections to the benchmark database (user and password ride in the URL: ?user=root&password=). */
public final class Db {

    private Db() {
    }

    public static Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url);
    }

    /** The URL with extra driver options appended, e.g. "useBulkStmts=true". */
    public static String withOptions(String url, String options) {
        if (options == null || options.isBlank()) {
            return url;
        }
        return url + (url.contains("?") ? "&" : "?") + options;
    }

    public static long longValue(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("No row: " + sql);
                }
                return rs.getLong(1);
            }
        }
    }

    public static String stringValue(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }
}
