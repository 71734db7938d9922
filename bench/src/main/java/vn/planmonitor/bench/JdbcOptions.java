package vn.planmonitor.bench;

import vn.planmonitor.bench.jmh.JdbcInsertBenchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Which MariaDB Connector/J options make the raw batch insert (figure 1's reference) fastest: the same
 * JMH benchmark with each option set, in one run. Used once to choose the reference's URL, and to say
 * which options the backend's own JDBC URL would need for the same speed.
 */
final class JdbcOptions {

    private JdbcOptions() {
    }

    static int run(Map<String, String> args) throws Exception {
        Preset preset = Preset.of(args.get("preset"));
        Path work = Path.of(args.getOrDefault("work", "bench/target/work"));
        Files.createDirectories(work);
        Jmh jmh = new Jmh(work.resolve("jmh"));
        int shots = Integer.parseInt(args.getOrDefault("shots", "8"));
        int bodyValues;
        try (var c = Db.connect(args.get("jdbc-url"))) {
            bodyValues = Slot.load(c, preset.planCode(), Preset.PREFIX, Preset.SEED).bodies(Measure.BODY_SIZE).get(0).values();
        }
        List<String> sets = List.of("", "useBulkStmtsForInserts=false", "useBulkStmts=true",
                "useBulkStmtsForInserts=false&rewriteBatchedStatements=true", "useServerPrepStmts=true",
                "useBulkStmts=true&useServerPrepStmts=true&cachePrepStmts=true");
        for (String options : sets) {
            String url = Db.withOptions(args.get("jdbc-url"), options);
            List<Double> ms;
            try {
                ms = jmh.singleShots(JdbcInsertBenchmark.class, Map.of("jdbcUrl", url, "planCode", preset.planCode(),
                    "prefix", Preset.PREFIX, "seed", String.valueOf(Preset.SEED), "bodySize", String.valueOf(Measure.BODY_SIZE)),
                    2, shots);
            } catch (Exception e) {
                System.out.printf("JDBC %-70s fails: %s%n", options, rootCause(e));
                continue;
            }
            double rate = (double) bodyValues * shots / (Stats.sum(ms) / 1000.0);
            System.out.printf("JDBC %-70s p50 %7.1f ms  %,10.0f rows/s%n", options.isEmpty() ? "(defaults)" : options,
                    Stats.percentile(ms, 50), rate);
        }
        return 0;
    }

    private static String rootCause(Throwable e) {
        String message = String.valueOf(e.getMessage());
        int i = message.lastIndexOf("Caused by: ");
        String cause = i >= 0 ? message.substring(i + 11) : message;
        return cause.lines().findFirst().orElse(cause);
    }
}
