package vn.planmonitor.bench.jmh;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import vn.planmonitor.bench.Db;
import vn.planmonitor.bench.ProgressSql;

import java.sql.Connection;
import java.sql.Statement;

/**
 * Figure 4's reference: the hand-written SQL for one target's figures, run by as many threads as wrk
 * has connections (32), each on its own JDBC connection — what the database alone delivers.
 * The harness runs it in Throughput and SampleTime modes (requests/s and p99).
 */
@State(Scope.Thread)
public class ProgressSqlLoadBenchmark {

    @Param("jdbc:mariadb://127.0.0.1:3306/pm_bench?user=root")
    public String jdbcUrl;

    @Param("SUMMARY")
    public String variant;

    @Param("target:1")
    public String scope;

    @Param("2026")
    public int currentYear;

    private Connection connection;
    private Statement statement;
    private String sql;

    @Setup(Level.Trial)
    public void open() throws Exception {
        connection = Db.connect(jdbcUrl);
        statement = connection.createStatement();
        sql = ProgressSql.text(ProgressSql.Variant.valueOf(variant), scope, currentYear);
    }

    @Benchmark
    public long query() throws Exception {
        return ProgressSql.consume(statement, sql);
    }

    @TearDown(Level.Trial)
    public void close() throws Exception {
        statement.close();
        connection.close();
    }
}
