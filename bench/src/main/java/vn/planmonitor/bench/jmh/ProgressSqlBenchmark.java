package vn.planmonitor.bench.jmh;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import vn.planmonitor.bench.Db;
import vn.planmonitor.bench.ProgressSql;

import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

/**
 * The hand-written SQL computing the same figures as the progress endpoints, run and read to the last
 * row. Figure 2 runs it as single shots (one sample per iteration, as each sequential HTTP request is
 * one); figure 4 on as many threads as wrk has connections, each thread with its own JDBC connection
 * (hence one state per thread), in Throughput and SampleTime modes.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ProgressSqlBenchmark {

    @Param("jdbc:mariadb://127.0.0.1:3306/pm_bench?user=root")
    public String jdbcUrl;

    @Param("SUMMARY")
    public String variant;

    @Param("plan:1")
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
