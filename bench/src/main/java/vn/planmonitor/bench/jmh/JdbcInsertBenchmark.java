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
import vn.planmonitor.bench.Slot;

import java.sql.Connection;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Figure 1's physical reference: one body's rows (the same reports and values the API import stores)
 * written by a raw JDBC batch insert into submission and submission_value, one transaction per body.
 * Each iteration is one body into the empty slot; the slot is emptied again after it (not timed).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class JdbcInsertBenchmark {

    @Param("jdbc:mariadb://127.0.0.1:3306/pm_bench?user=root")
    public String jdbcUrl;

    @Param("BENCH-1X")
    public String planCode;

    @Param("B")
    public String prefix;

    @Param("42")
    public int seed;

    @Param("10000")
    public int bodySize;

    /** Also write the import's audit rows (a diagnosis run, not the reference). */
    @Param("false")
    public boolean withAudit;

    private Connection connection;
    private Slot slot;
    private List<Slot.Body> bodies;
    private int iteration;
    private Slot.Body body;

    @Setup(Level.Trial)
    public void open() throws Exception {
        connection = Db.connect(jdbcUrl);
        slot = Slot.load(connection, planCode, prefix, seed);
        bodies = slot.bodies(bodySize);
        slot.clear(connection);
    }

    @Setup(Level.Iteration)
    public void next() {
        body = bodies.get(iteration++ % bodies.size());
    }

    @Benchmark
    public int insert() throws Exception {
        return slot.insertRaw(connection, body, withAudit);
    }

    @TearDown(Level.Iteration)
    public void empty() throws Exception {
        long stored = slot.stored(connection);
        if (stored != body.values()) {
            throw new IllegalStateException("stored " + stored + " values, expected " + body.values());
        }
        slot.clear(connection);
    }

    @TearDown(Level.Trial)
    public void close() throws Exception {
        connection.close();
    }
}
