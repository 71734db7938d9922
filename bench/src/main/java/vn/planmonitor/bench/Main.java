package vn.planmonitor.bench;

import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The harness's entry point (bench/run.sh calls it; bench/README.md explains):
 * <pre>
 * java -jar bench.jar generate --jdbc-url URL --preset 100x --sql bench/generate.sql --work DIR
 * java -jar bench.jar measure  --jdbc-url URL --preset 100x --mode quick --base-url http://127.0.0.1:PORT --work DIR
 *                              [--results-dir bench/results] [--readme bench/README.md] [--backend-log FILE]
 *                              [--reference-jdbc-options useBulkStmts=true] [--quarkus-version V] [--commit SHA]
 * java -jar bench.jar jdbc-options --jdbc-url URL --preset 100x   (compares driver options for the raw insert)
 * </pre>
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] argv) throws Exception {
        if (argv.length == 0) {
            System.err.println("usage: bench.jar generate|measure|jdbc-options --key value ...");
            System.exit(64);
        }
        Map<String, String> args = new LinkedHashMap<>();
        for (int i = 1; i + 1 < argv.length; i += 2) {
            if (!argv[i].startsWith("--")) {
                throw new IllegalArgumentException("Expected --key value, got " + argv[i]);
            }
            args.put(argv[i].substring(2), argv[i + 1]);
        }
        int code = switch (argv[0]) {
            case "generate" -> generate(args);
            case "measure" -> new Measure(args).run();
            case "jdbc-options" -> JdbcOptions.run(args);
            default -> throw new IllegalArgumentException("Unknown command " + argv[0]);
        };
        System.exit(code);
    }

    private static int generate(Map<String, String> args) throws Exception {
        Preset preset = Preset.of(args.get("preset"));
        Path work = Path.of(args.getOrDefault("work", "bench/target/work"));
        Files.createDirectories(work);
        Map<String, Object> params = Generator.parameters(preset);
        System.out.println("bench: generating preset " + preset.label + " " + params);
        Generator.Outcome outcome;
        try (Connection c = Db.connect(args.get("jdbc-url"))) {
            outcome = Generator.run(c, Path.of(args.getOrDefault("sql", "bench/generate.sql")), params);
        }
        System.out.printf("bench: generated in %.1f s: %s%n", outcome.millis() / 1000.0, outcome.counts());
        outcome.slowest().forEach(s -> System.out.println("  " + s));
        Properties p = new Properties();
        p.setProperty("preset", preset.label);
        p.setProperty("millis", String.valueOf(outcome.millis()));
        outcome.counts().forEach(p::setProperty);
        try (Writer w = Files.newBufferedWriter(work.resolve("generation.properties"))) {
            p.store(w, "bench/generate.sql run by the harness");
        }
        return 0;
    }
}
