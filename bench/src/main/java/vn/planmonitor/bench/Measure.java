package vn.planmonitor.bench;

import com.fasterxml.jackson.databind.JsonNode;
import vn.planmonitor.bench.jmh.JdbcInsertBenchmark;
import vn.planmonitor.bench.jmh.ProgressSqlBenchmark;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * One benchmark run against a running backend: the four figures, each against its physical reference
 * measured in the same run, the checks that the references compute the same thing, and the heap.
 */
public final class Measure {

    static final int BODY_SIZE = 10_000;
    static final int SUBMISSION_WARMUPS = 10;
    static final int LOAD_CONNECTIONS = 32;
    static final String D11_PLAN = "D11-STI-2016-2020";

    private final Map<String, String> args;
    private final Preset preset;
    private final Mode mode;
    private final Api api;
    private final String jdbcUrl;
    private final String referenceUrl;
    private final Path work;
    private final Jmh jmh;
    private final Report report;
    private final List<String> failures = new ArrayList<>();

    private Connection db;
    private long planId;
    private int currentYear;
    private ProgressSql.Variant headline;

    Measure(Map<String, String> args) {
        this.args = args;
        this.preset = Preset.of(args.get("preset"));
        this.mode = Mode.of(args.getOrDefault("mode", "quick"));
        this.api = new Api(args.get("base-url"));
        this.jdbcUrl = args.get("jdbc-url");
        this.referenceUrl = Db.withOptions(jdbcUrl, args.getOrDefault("reference-jdbc-options", ""));
        this.work = Path.of(args.getOrDefault("work", "bench/target/work"));
        this.jmh = new Jmh(work.resolve("jmh"));
        this.report = new Report(preset, mode);
    }

    int run() throws Exception {
        Files.createDirectories(work);
        long started = System.nanoTime();
        api.signIn("admin", args.getOrDefault("admin-password", "bench-admin-password"));
        try (Connection c = Db.connect(jdbcUrl); MemorySampler heap = new MemorySampler(args.get("management-url"))) {
            db = c;
            describe();
            phase("aggregate overhead", this::aggregate);
            phase("freshness", this::freshness);
            Slot slot = Slot.load(db, preset.planCode(), Preset.PREFIX, Preset.SEED);
            slot.clear(db);
            double bulk = phase("import efficiency", () -> importEfficiency(slot));
            phase("batching gain", () -> batching(slot, bulk));
            phase("read throughput", this::readThroughput);
            drain();
            heap.close();
            memory(heap);
        }
        report.detail("Run", String.format("%.0f s for the measurements (phases: %s)", (System.nanoTime() - started) / 1e9,
                String.join(", ", report.phases)));
        Path out = report.write(Path.of(args.getOrDefault("results-dir", "bench/results")),
                args.containsKey("readme") ? Path.of(args.get("readme")) : null);
        System.out.println();
        System.out.println(report.markdown());
        System.out.println("Results written to " + out);
        System.out.println(report.ratiosLine());
        if (!failures.isEmpty()) {
            System.out.println("CHECKS FAILED: " + String.join("; ", failures));
            return 2;
        }
        return 0;
    }

    interface Step<T> {
        T run() throws Exception;
    }

    interface VoidStep {
        void run() throws Exception;
    }

    private <T> T phase(String name, Step<T> step) throws Exception {
        long t0 = System.nanoTime();
        String startedAt = java.time.LocalTime.now().withNano(0).toString();
        System.out.println("bench: " + name + " …");
        T result = step.run();
        report.phases.add(String.format("%s %.0f s from %s", name, (System.nanoTime() - t0) / 1e9, startedAt));
        return result;
    }

    private void phase(String name, VoidStep step) throws Exception {
        phase(name, () -> {
            step.run();
            return null;
        });
    }

    // --- context ------------------------------------------------------------------------------------

    private void describe() throws Exception {
        planId = Db.longValue(db, "SELECT id FROM plan WHERE code = ?", preset.planCode());
        headline = ProgressSql.summaryAvailable(db) ? ProgressSql.Variant.SUMMARY : ProgressSql.Variant.LIVE;
        long units = Db.longValue(db, "SELECT COUNT(*) FROM org_unit WHERE code LIKE ?", Preset.PREFIX + "-U%");
        long active = Db.longValue(db, "SELECT COUNT(*) FROM org_unit WHERE active AND code LIKE ?", Preset.PREFIX + "-U%");
        long monthly = Db.longValue(db, "SELECT COUNT(*) FROM indicator WHERE plan_id = ? AND period_type = 'MONTHLY'", planId);
        long yearly = Db.longValue(db, "SELECT COUNT(*) FROM indicator WHERE plan_id = ? AND period_type = 'YEARLY'", planId);
        long targets = Db.longValue(db, "SELECT COUNT(*) FROM plan_target WHERE plan_id = ?", planId);
        long reports = Db.longValue(db, "SELECT COUNT(*) FROM submission WHERE plan_id = ?", planId);
        long approved = Db.longValue(db, "SELECT COUNT(*) FROM submission WHERE plan_id = ? AND status = 'APPROVED'", planId);
        long values = Db.longValue(db, "SELECT COUNT(*) FROM submission_value v JOIN submission s ON s.id = v.submission_id"
                + " WHERE s.plan_id = ?", planId);
        String generation = "";
        Path gen = work.resolve("generation.properties");
        if (Files.exists(gen)) {
            Properties p = new Properties();
            try (var in = Files.newBufferedReader(gen)) {
                p.load(in);
            }
            generation = String.format("; generated by bench/generate.sql in %.1f s", Long.parseLong(p.getProperty("millis")) / 1000.0);
        }
        report.context("Machine", Machine.describe());
        report.context("Versions", String.format("%s · MariaDB %s · Quarkus %s · %s · JMH 1.37 · MariaDB Connector/J 3.5.7",
                Machine.java(), Db.stringValue(db, "SELECT VERSION()"), args.getOrDefault("quarkus-version", "?"),
                Wrk.version()));
        report.context("Code", args.getOrDefault("commit", "?"));
        report.context("Scale", String.format("preset `%s`: plan %s, %,d units (%,d active), %d indicators (%d monthly, %d yearly),"
                        + " %d targets, %,d reports (%,d approved), **%,d values**%s",
                preset.label, preset.planCode(), units, active, monthly + yearly, monthly, yearly, targets, reports, approved,
                values, generation));
        report.context("Backend", "`java -Xmx512m -Dquarkus.profile=bench -jar quarkus-run.jar` on MariaDB `pm_bench`, same machine"
                + (args.containsKey("backend-start-seconds") ? "; started in " + args.get("backend-start-seconds")
                + " s after the generation (building any summaries included)" : ""));
        report.context("Mode", mode.label() + " (bench/README.md: what each mode runs)");
    }

    // --- figure 2: aggregate overhead ------------------------------------------------------------------

    /** How long the plan's progress is asked for before the counted requests. */
    private static final long HTTP_WARMUP_NANOS = 3_000_000_000L;

    private void aggregate() throws Exception {
        String path = "/api/v1/plans/" + planId + "/progress";
        JsonNode last;
        double warmMillis = 0;
        // Measured warm, as a backend in service is: the JIT compiles the request path over a few hundred
        // requests, which the mode's handful of warm-ups (those the JMH reference gets) do not cover.
        long warmUntil = System.nanoTime() + HTTP_WARMUP_NANOS;
        int warmups = 0;
        while (warmups < mode.progressWarmups || System.nanoTime() < warmUntil) {
            warmMillis = api.get(path).expect(200).millis();
            warmups++;
        }
        // As many counted requests as the mode asks for, unless (judging by the last warm-up) they would
        // overrun its time budget.
        int count = (int) Math.max(20, Math.min(mode.progressRequests, mode.progressBudgetSeconds * 1000.0 / warmMillis));
        String capped = count < mode.progressRequests ? String.format(" (%d asked; fewer to stay within %d s)",
                mode.progressRequests, mode.progressBudgetSeconds) : "";
        List<Double> http = new ArrayList<>();
        Api.Reply reply = null;
        for (int i = 0; i < count; i++) {
            reply = api.get(path).expect(200);
            http.add(reply.millis());
        }
        last = reply.json();
        currentYear = last.get("currentYear").asInt();

        List<Double> sql = jmh.singleShots(ProgressSqlBenchmark.class, Map.of("jdbcUrl", jdbcUrl, "variant", headline.name(),
                "scope", "plan:" + planId, "currentYear", String.valueOf(currentYear)), mode.progressWarmups, count);
        double p50 = Stats.percentile(http, 50);
        double p95 = Stats.percentile(http, 95);
        double s50 = Stats.percentile(sql, 50);
        double s95 = Stats.percentile(sql, 95);
        boolean pass = p50 / s50 <= 2.0 && p95 / s95 <= 2.0 && p95 < 100.0;
        String reference = headline == ProgressSql.Variant.SUMMARY
                ? "hand-written SQL over the summary rows (`progress_cell`), one statement"
                : "hand-written SQL, one GROUP BY over `submission_value` ⋈ `submission` (no `progress_cell` table in this build)";
        report.figure(headline == ProgressSql.Variant.SUMMARY ? "2a" : "2", String.format("Aggregate overhead — `GET /api/v1/plans/{id}/progress`, %d sequential requests%s after %d warm-ups (%d s)",
                        count, capped, warmups, HTTP_WARMUP_NANOS / 1_000_000_000L),
                String.format("p50 %s ms · p95 %s ms", ms(p50), ms(p95)),
                String.format("%s (JMH, %d single shots): p50 %s ms · p95 %s ms", reference, sql.size(), ms(s50), ms(s95)),
                String.format("p50 %.2f× · p95 %.2f×", p50 / s50, p95 / s95),
                "≤ 2× and p95 < 100 ms", pass ? "PASS" : "FAIL");
        report.ratio("aggregate_p50", p50 / s50);
        report.ratio("aggregate_p95", p95 / s95);

        // The reference must compute the same figures the endpoint serves.
        Map<String, ProgressSql.Row> rows = ProgressSql.rows(db, ProgressSql.text(headline, "plan:" + planId, currentYear));
        List<String> mismatches = compare(last, rows);
        report.detail("Same figures", String.format("the endpoint's last answer and the %s reference, target by target and"
                        + " period by period (expected units, reported units, figure, met) over %d target-periods with counted reports: %s",
                headline.name().toLowerCase(), rows.size(), mismatches.isEmpty() ? "**yes**" : "**no** — " + mismatches));
        if (!mismatches.isEmpty()) {
            failures.add("the hand SQL and the endpoint disagree");
        }

        if (headline == ProgressSql.Variant.SUMMARY) {
            List<Double> live = jmh.singleShots(ProgressSqlBenchmark.class, Map.of("jdbcUrl", jdbcUrl, "variant", "LIVE",
                    "scope", "plan:" + planId, "currentYear", String.valueOf(currentYear)), mode.contextWarmups, mode.contextRuns);
            double l50 = Stats.percentile(live, 50);
            double l95 = Stats.percentile(live, 95);
            // The other reading of "the SQL aggregate that computes the same figures": straight from the
            // stored values, what a database does without the summaries this product keeps.
            report.figure("2b", "Aggregate overhead against the values themselves — the same requests as 2a",
                    String.format("p50 %s ms · p95 %s ms", ms(p50), ms(p95)),
                    String.format("hand-written SQL, one GROUP BY over `submission_value` ⋈ `submission` (JMH, %d single"
                            + " shots): p50 %s ms · p95 %s ms", live.size(), ms(l50), ms(l95)),
                    String.format("p50 %.3f× · p95 %.3f×", p50 / l50, p95 / l95), "≤ 2× and p95 < 100 ms",
                    p50 / l50 <= 2.0 && p95 / l95 <= 2.0 && p95 < 100.0 ? "PASS" : "FAIL");
            report.ratio("aggregate_vs_values_p50", p50 / l50);
            report.ratio("aggregate_vs_values_p95", p95 / l95);
        } else {
            report.detail("Context: summaries", "no `progress_cell` table in this database: the headline reference is the live"
                    + " GROUP BY itself (the summary-based reference runs once the progress engine's migration is in)");
        }
    }

    /** Every SQL row against the endpoint's period, and every endpoint figure against an SQL row. */
    private static List<String> compare(JsonNode progress, Map<String, ProgressSql.Row> rows) {
        List<String> problems = new ArrayList<>();
        int matched = 0;
        for (JsonNode target : progress.get("targets")) {
            long id = target.get("targetId").asLong();
            for (JsonNode period : target.get("periods")) {
                String key = id + "|" + period.get("period").asText();
                ProgressSql.Row row = rows.get(key);
                BigDecimal figure = decimal(period.get("figure"));
                if (row == null) {
                    if (figure != null) {
                        problems.add(target.get("targetCode").asText() + " " + period.get("period").asText()
                                + ": endpoint " + figure + ", SQL no row");
                    }
                    continue;
                }
                matched++;
                boolean same = row.expected() == period.get("expectedUnits").asInt()
                        && row.reported() == period.get("reportedUnits").asInt()
                        && (row.figure() == null ? figure == null : figure != null && row.figure().compareTo(figure) == 0)
                        && java.util.Objects.equals(row.met(), period.get("met").isNull() ? null : period.get("met").asBoolean());
                if (!same) {
                    problems.add(String.format("%s %s: endpoint expected %d reported %d figure %s met %s; SQL %d %d %s %s",
                            target.get("targetCode").asText(), row.period(), period.get("expectedUnits").asInt(),
                            period.get("reportedUnits").asInt(), figure, period.get("met"), row.expected(), row.reported(),
                            row.figure(), row.met()));
                }
            }
        }
        if (matched != rows.size()) {
            problems.add((rows.size() - matched) + " SQL rows without an endpoint period");
        }
        if (problems.size() > 5) {
            int more = problems.size() - 5;
            problems = new ArrayList<>(problems.subList(0, 5));
            problems.add("and " + more + " more");
        }
        return problems;
    }

    // --- freshness --------------------------------------------------------------------------------------

    /**
     * Approves one SUBMITTED report (of an active unit, the latest yearly one there is) through the API and
     * reads the plan's progress right after.
     */
    private void freshness() throws Exception {
        long submissionId;
        String unitCode;
        String period;
        try (PreparedStatement ps = db.prepareStatement("SELECT s.id, u.code, s.period_code FROM submission s"
                + " JOIN org_unit u ON u.id = s.org_unit_id WHERE s.plan_id = ? AND s.status = 'SUBMITTED' AND u.active"
                + " ORDER BY LENGTH(s.period_code) = 4 DESC, s.period_code DESC, s.id LIMIT 1")) {
            ps.setLong(1, planId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    report.detail("Freshness", "no SUBMITTED report to approve at this scale");
                    return;
                }
                submissionId = rs.getLong(1);
                unitCode = rs.getString(2);
                period = rs.getString(3);
            }
        }
        // What approving it must change: one more counted report per target whose indicator it has a value for.
        record Change(long targetId, String code, String aggregation, BigDecimal threshold, BigDecimal unitThreshold,
                      boolean reporter, String kind, BigDecimal number, BigDecimal numerator, BigDecimal denominator) {
        }
        List<Change> changes = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement("SELECT t.id, t.code, t.aggregation, t.threshold, t.unit_threshold,"
                + " (i.active AND u.active AND it.unit_type IS NOT NULL AND (NOT EXISTS (SELECT 1 FROM indicator_reporting_unit r"
                + "   WHERE r.indicator_id = i.id) OR EXISTS (SELECT 1 FROM indicator_reporting_unit r WHERE r.indicator_id = i.id"
                + "   AND r.org_unit_id = u.id))) AS reporter,"
                + " i.value_kind, CASE WHEN i.value_kind = 'BOOLEAN' THEN v.answer ELSE v.number_value END, v.numerator, v.denominator"
                + " FROM submission s JOIN org_unit u ON u.id = s.org_unit_id"
                + " JOIN submission_value v ON v.submission_id = s.id JOIN indicator i ON i.id = v.indicator_id"
                + " JOIN plan_target t ON t.indicator_id = i.id AND t.plan_id = s.plan_id"
                + " LEFT JOIN indicator_unit_type it ON it.indicator_id = i.id AND it.unit_type = u.unit_type"
                + " WHERE s.id = ? ORDER BY t.id")) {
            ps.setLong(1, submissionId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    changes.add(new Change(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4),
                            rs.getBigDecimal(5), rs.getBoolean(6), rs.getString(7), rs.getBigDecimal(8), rs.getBigDecimal(9),
                            rs.getBigDecimal(10)));
                }
            }
        }
        String path = "/api/v1/plans/" + planId + "/progress";
        JsonNode before = api.get(path).expect(200).json();
        Api.Reply current = api.get("/api/v1/submissions/" + submissionId).expect(200);
        String etag = current.headers().firstValue("ETag").orElseThrow();
        api.send("POST", "/api/v1/submissions/" + submissionId + "/approve", "{}", "If-Match", etag).expect(200);
        Api.Reply afterReply = api.get(path).expect(200);
        JsonNode after = afterReply.json();

        Map<String, JsonNode> b = periods(before);
        Map<String, JsonNode> a = periods(after);
        List<String> problems = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        Map<String, Change> byKey = new HashMap<>();
        for (Change ch : changes) {
            byKey.put(ch.targetId() + "|" + period, ch);
        }
        for (Map.Entry<String, JsonNode> e : b.entrySet()) {
            JsonNode was = e.getValue();
            JsonNode now = a.get(e.getKey());
            Change ch = byKey.get(e.getKey());
            if (ch == null) {
                if (now == null || !same(decimal(was.get("figure")), decimal(now.get("figure")))
                        || was.get("reportedUnits").asInt() != now.get("reportedUnits").asInt()) {
                    problems.add(e.getKey() + " changed although the report has no value for it");
                }
                continue;
            }
            int reported = was.get("reportedUnits").asInt() + 1;
            int expected = was.get("expectedUnits").asInt() + (ch.reporter() ? 0 : 1);
            BigDecimal value = ch.number();
            BigDecimal figure;
            BigDecimal hundred = BigDecimal.valueOf(100);
            switch (ch.aggregation()) {
                case "SUM" -> figure = (decimal(was.get("figure")) == null ? BigDecimal.ZERO : decimal(was.get("figure")))
                        .add(value == null ? BigDecimal.ZERO : value);
                case "AVERAGE" -> figure = decimal(was.get("numerator")).add(value == null ? BigDecimal.ZERO : value)
                        .divide(BigDecimal.valueOf(reported), 4, RoundingMode.HALF_UP);
                case "RATIO_OF_SUMS" -> {
                    BigDecimal num = decimal(was.get("numerator")).add(ch.numerator());
                    BigDecimal den = decimal(was.get("denominator")).add(ch.denominator());
                    figure = den.signum() == 0 ? null : num.multiply(hundred).divide(den, 4, RoundingMode.HALF_UP);
                }
                default -> {
                    BigDecimal own = "RATIO".equals(ch.kind())
                            ? (ch.denominator().signum() == 0 ? null
                            : ch.numerator().multiply(hundred).divide(ch.denominator(), 4, RoundingMode.HALF_UP))
                            : value;
                    BigDecimal threshold = ch.unitThreshold() != null ? ch.unitThreshold() : ch.threshold();
                    int meeting = was.get("meetingUnits").asInt() + (own != null && own.compareTo(threshold) >= 0 ? 1 : 0);
                    figure = BigDecimal.valueOf(meeting).multiply(hundred).divide(BigDecimal.valueOf(expected), 4, RoundingMode.HALF_UP);
                }
            }
            BigDecimal got = decimal(now.get("figure"));
            boolean ok = same(figure, got) && now.get("reportedUnits").asInt() == reported
                    && now.get("expectedUnits").asInt() == expected;
            shown.add(String.format("%s %s → %s", ch.code(), plain(decimal(was.get("figure"))), plain(got)));
            if (!ok) {
                problems.add(String.format("%s: expected figure %s (reported %d of %d), got %s (reported %d of %d)", ch.code(),
                        plain(figure), reported, expected, plain(got), now.get("reportedUnits").asInt(),
                        now.get("expectedUnits").asInt()));
            }
        }
        boolean ok = problems.isEmpty() && !changes.isEmpty();
        report.detail("Freshness", String.format("approved report %d (%s, %s) through `POST /api/v1/submissions/{id}/approve`,"
                        + " then at once `GET /api/v1/plans/{id}/progress` (%s ms): its %d targets' %s figures changed exactly as its"
                        + " values imply, nothing else changed: %s (%s)", submissionId, unitCode, period, ms(afterReply.millis()),
                changes.size(), period, ok ? "**yes**" : "**no** — " + problems, String.join("; ", shown)));
        report.freshness = ok;
        if (!ok) {
            failures.add("a just-approved report is not in the figures as its values imply");
        }
    }

    private static Map<String, JsonNode> periods(JsonNode progress) {
        Map<String, JsonNode> map = new LinkedHashMap<>();
        for (JsonNode t : progress.get("targets")) {
            for (JsonNode p : t.get("periods")) {
                map.put(t.get("targetId").asLong() + "|" + p.get("period").asText(), p);
            }
        }
        return map;
    }

    // --- figure 1: import efficiency -------------------------------------------------------------------

    private double importEfficiency(Slot slot) throws Exception {
        List<Slot.Body> bodies = slot.bodies(BODY_SIZE);
        Slot.Body first = bodies.get(0);
        int total = mode.importWarmups + mode.importPosts;
        List<Double> times = new ArrayList<>();
        long values = 0;
        long bytes = 0;
        for (int i = 0; i < total; i++) {
            Slot.Body body = bodies.get(i % bodies.size());
            String json = slot.dataValueSet(body);
            Api.Reply r = api.send("POST", "/api/v1/dataValueSets?plan=" + slot.planCode, json).expect(200);
            JsonNode summary = r.json();
            long stored = slot.stored(db);
            if (!"SUCCESS".equals(summary.get("status").asText())
                    || summary.get("importCount").get("imported").asInt() != body.dataValues() || stored != body.values()) {
                throw new IllegalStateException("Import did not store the body: " + Api.abbreviate(r.body()) + ", stored " + stored);
            }
            if (i >= mode.importWarmups) {
                times.add(r.millis());
                values += body.values();
                bytes = json.length();
            }
            slot.clear(db);
        }
        double apiRate = values / (Stats.sum(times) / 1000.0);

        List<Double> shots = jmh.singleShots(JdbcInsertBenchmark.class, Map.of("jdbcUrl", referenceUrl, "planCode", slot.planCode,
                "prefix", Preset.PREFIX, "seed", String.valueOf(Preset.SEED), "bodySize", String.valueOf(BODY_SIZE)),
                mode.importWarmups, mode.importPosts);
        double jdbcRate = first.values() * (double) shots.size() / (Stats.sum(shots) / 1000.0);
        // Diagnosis, not the headline: the same raw insert plus the audit rows the import writes.
        List<Double> audited = jmh.singleShots(JdbcInsertBenchmark.class, Map.of("jdbcUrl", referenceUrl, "planCode", slot.planCode,
                "prefix", Preset.PREFIX, "seed", String.valueOf(Preset.SEED), "bodySize", String.valueOf(BODY_SIZE),
                "withAudit", "true"), mode.importWarmups, mode.importPosts);
        double auditedRate = first.values() * (double) audited.size() / (Stats.sum(audited) / 1000.0);
        double ratio = apiRate / jdbcRate;
        boolean pass = ratio >= 0.5 && apiRate >= 20_000;
        report.figure("1a", String.format("Import efficiency — `POST /api/v1/dataValueSets`, %d bodies of %,d values (%,d data values,"
                        + " %,d kB of JSON) into empty reports, sequential, after %d warm-ups", times.size(), first.values(),
                        first.dataValues(), bytes / 1000, mode.importWarmups),
                String.format("%,.0f values/s", apiRate),
                String.format("raw JDBC batch insert of the same rows into `submission` + `submission_value`, one transaction"
                        + " per body (JMH, %d single shots): %,.0f rows/s", shots.size(), jdbcRate),
                String.format("%.2f", ratio), "≥ 0.5 and ≥ 20,000 values/s", pass ? "PASS" : "FAIL");
        report.ratio("import", ratio);
        report.detail("Import", String.format("each body is %s of the `%s` slot (the plan's last year, empty), and is deleted"
                        + " (untimed) before the next; the import also writes its audit trail (one `audit_event` row per stored"
                        + " field), the reference does not; reference JDBC URL options: `%s`; per-POST times (ms): %s",
                first.values() == BODY_SIZE ? "exactly " + BODY_SIZE + " values" : "the whole slot (" + first.values() + " values)",
                slot.period, args.getOrDefault("reference-jdbc-options", "").isBlank() ? "(driver defaults)"
                        : args.get("reference-jdbc-options"), times.stream().map(Measure::ms).toList()));
        // Every table the import writes: its audit trail (one row per stored field) is part of storing a value.
        double auditedRatio = apiRate / auditedRate;
        report.figure("1b", "Import efficiency against every table the import writes — the same POSTs as 1a",
                String.format("%,.0f values/s", apiRate),
                String.format("raw JDBC batch insert of the same rows into `submission` + `submission_value` + the %,d"
                        + " `audit_event` rows per body the import writes (one per stored field), one transaction per body"
                        + " (JMH, %d single shots): %,.0f values/s", first.dataValues(), audited.size(), auditedRate),
                String.format("%.2f", auditedRatio), "≥ 0.5 and ≥ 20,000 values/s",
                auditedRatio >= 0.5 && apiRate >= 20_000 ? "PASS" : "FAIL");
        report.ratio("import_all_tables", auditedRatio);
        return apiRate;
    }

    // --- figure 3: batching gain -----------------------------------------------------------------------

    private void batching(Slot slot, double bulkRate) throws Exception {
        List<Slot.Report> reports = slot.reports;
        int warm = Math.min(SUBMISSION_WARMUPS, reports.size() / 4);
        int n = Math.min(mode.submissions, reports.size() - warm);
        List<Double> times = new ArrayList<>();
        long values = 0;
        for (int i = 0; i < warm + n; i++) {
            Slot.Report r = reports.get(i);
            String json = slot.submission(r);
            Api.Reply reply = api.send("POST", "/api/v1/submissions", json).expect(201);
            if (i >= warm) {
                times.add(reply.millis());
                values += r.values().size();
            }
        }
        long stored = slot.stored(db);
        long sent = reports.subList(0, warm + n).stream().mapToLong(r -> r.values().size()).sum();
        slot.clear(db);
        if (stored != sent) {
            throw new IllegalStateException("single-report POSTs stored " + stored + " values, sent " + sent);
        }
        double singleRate = values / (Stats.sum(times) / 1000.0);
        double gain = bulkRate / singleRate;
        report.figure("3", String.format("Batching gain — the bulk import above ÷ `POST /api/v1/submissions`, one report with all its"
                        + " values per request (%d requests of %.1f values on average, sequential, after %d warm-ups)",
                        n, values / (double) n, warm),
                String.format("%,.0f values/s (p50 %s ms per request)", singleRate, ms(Stats.percentile(times, 50))),
                String.format("bulk: %,.0f values/s", bulkRate),
                String.format("%.1f×", gain), "— (how much bulk bodies buy)", "—");
        report.ratio("batching", gain);
    }

    // --- figure 4: read throughput ---------------------------------------------------------------------

    private void readThroughput() throws Exception {
        // District 11's target first (context): its endpoint is cheap, and runs before the heavy one can leave
        // queued requests behind in the backend.
        Long d11 = null;
        String d11Code = null;
        try (PreparedStatement ps = db.prepareStatement("SELECT t.id, t.code FROM plan_target t JOIN plan p ON p.id = t.plan_id"
                + " WHERE p.code = ? ORDER BY t.code = 'T5' DESC, t.sort_order LIMIT 1")) {
            ps.setString(1, D11_PLAN);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    d11 = rs.getLong(1);
                    d11Code = rs.getString(2);
                }
            }
        }
        if (d11 != null) {
            String d11Url = api.base + "/api/v1/targets/" + d11 + "/progress";
            warmUp("/api/v1/targets/" + d11 + "/progress");
            Wrk.Result d = Wrk.run(d11Url, api.token(), LOAD_CONNECTIONS, mode.loadSeconds);
            report.detail("Read, District 11", String.format("`GET /api/v1/targets/{id}/progress` (units=true: every unit's"
                            + " figures) for District 11's %s in the same database, wrk -t2 -c%d -d%ds: %s", d11Code,
                    LOAD_CONNECTIONS, mode.loadSeconds, wrkSummary(d, mode.loadSeconds)));
            if (d.non2xx() > 0 || d.socketErrors() > 0) {
                failures.add("wrk saw errors on the District 11 target");
            }
        }

        long targetId;
        String targetCode;
        String periodType;
        try (PreparedStatement ps = db.prepareStatement("SELECT t.id, t.code, i.period_type FROM plan_target t"
                + " JOIN indicator i ON i.id = t.indicator_id WHERE t.plan_id = ? AND i.active"
                + " ORDER BY i.period_type = 'MONTHLY' DESC, t.sort_order, t.id LIMIT 1")) {
            ps.setLong(1, planId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                targetId = rs.getLong(1);
                targetCode = rs.getString(2);
                periodType = rs.getString(3);
            }
        }
        Jmh.Load ref = jmh.load(ProgressSqlBenchmark.class, Map.of("jdbcUrl", jdbcUrl, "variant", headline.name(),
                "scope", "target:" + targetId, "currentYear", String.valueOf(currentYear)), LOAD_CONNECTIONS, mode.loadSeconds);
        String url = api.base + "/api/v1/targets/" + targetId + "/progress?units=false";
        warmUp("/api/v1/targets/" + targetId + "/progress?units=false");
        Wrk.Result w = Wrk.run(url, api.token(), LOAD_CONNECTIONS, mode.loadSeconds);
        // wrk stops with up to 32 requests still being answered: wait for the backend to be idle again.
        long drained = drain();
        if (drained > 1000) {
            report.detail("After wrk", String.format("the backend took %.1f s more to answer the requests still in flight"
                    + " when wrk stopped", drained / 1000.0));
        }
        double ratio = w.requestsPerSecond() / ref.opsPerSecond();
        report.figure("4", String.format("Read throughput — `GET /api/v1/targets/{id}/progress?units=false` for %s (%s), wrk"
                        + " -t2 -c%d -d%ds after 5 sequential warm-up requests", targetCode, periodType.toLowerCase(), LOAD_CONNECTIONS, mode.loadSeconds),
                wrkSummary(w, mode.loadSeconds),
                String.format("the %s hand SQL for that target on %d JDBC connections (JMH, %d threads, %d s per mode): %,.0f queries/s"
                        + " · p99 %s ms", headline.name().toLowerCase(), LOAD_CONNECTIONS, LOAD_CONNECTIONS, mode.loadSeconds,
                        ref.opsPerSecond(), ms(ref.p99Millis())),
                w.requests() == 0 ? "0 (req/s)" : String.format("%.2f (req/s) · p99 %.1f×", ratio, w.p99Millis() / ref.p99Millis()),
                "— (no goal set)", "—");
        report.ratio("read", ratio);
        if (w.non2xx() > 0 || w.socketErrors() > 0) {
            failures.add("wrk saw errors on the target progress");
        }
    }

    private void warmUp(String path) throws Exception {
        for (int i = 0; i < 5; i++) {
            api.get(path).expect(200);
        }
    }

    /** Milliseconds until a plain request is answered fast again (the backend has caught up). */
    private long drain() throws Exception {
        long t0 = System.nanoTime();
        while (System.nanoTime() - t0 < 600_000_000_000L) {
            Api.Reply r = api.get("/q/health/ready");
            if (r.status() == 200 && r.millis() < 200) {
                break;
            }
            Thread.sleep(200);
        }
        return (System.nanoTime() - t0) / 1_000_000;
    }

    private static String wrkSummary(Wrk.Result w, int seconds) {
        if (w.requests() == 0) {
            return String.format("**no request completed within the %d s run** (each takes longer at 32 concurrent)", seconds);
        }
        return String.format("%,.0f req/s · p50 %s ms · p99 %s ms (%,d requests)%s", w.requestsPerSecond(), ms(w.p50Millis()),
                ms(w.p99Millis()), w.requests(), errors(w));
    }

    private static String errors(Wrk.Result w) {
        return w.non2xx() + w.socketErrors() == 0 ? "" : String.format(" (**%d non-2xx, %d socket errors**)", w.non2xx(), w.socketErrors());
    }

    // --- memory ----------------------------------------------------------------------------------------

    private void memory(MemorySampler heap) throws Exception {
        boolean oom = false;
        if (args.containsKey("backend-log") && Files.exists(Path.of(args.get("backend-log")))) {
            List<String> lines = Files.readAllLines(Path.of(args.get("backend-log"))).stream()
                    .filter(l -> l.contains("OutOfMemoryError")).toList();
            oom = !lines.isEmpty();
            if (oom) {
                report.detail("OutOfMemoryError", String.format("%d log lines in the backend log (backend clock), the first: `%s`",
                        lines.size(), lines.get(0).strip()));
            }
        }
        boolean alive = api.get("/q/health/ready").status() == 200;
        double usedMiB = heap.maxUsed() / 1024.0 / 1024.0;
        boolean pass = !oom && alive && heap.samples() > 0 && usedMiB < 512;
        report.figure("M", String.format("Memory — backend heap used, the largest of %d samples of `/q/metrics`"
                        + " (`jvm_memory_used_bytes{area=\"heap\"}` summed) taken every 200 ms through the whole run", heap.samples()),
                String.format("%.0f MiB", usedMiB),
                String.format("heap limit %.0f MiB (`-Xmx512m`)", heap.maxConfigured() / 1024.0 / 1024.0),
                String.format("%.2f", usedMiB / 512.0),
                "< 512 MiB, no OutOfMemoryError", pass ? "PASS" : "FAIL" + (oom ? " (OutOfMemoryError in the backend log)" : "")
                        + (alive ? "" : " (backend not ready at the end)"));
        if (oom || !alive) {
            failures.add(oom ? "OutOfMemoryError in the backend" : "the backend is not ready at the end of the run");
        }
    }

    // --- formatting ------------------------------------------------------------------------------------

    static BigDecimal decimal(JsonNode node) {
        return node == null || node.isNull() ? null : node.decimalValue();
    }

    static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    static String plain(BigDecimal d) {
        return d == null ? "none" : d.stripTrailingZeros().toPlainString();
    }

    static String ms(double millis) {
        return millis >= 100 ? String.format("%,.0f", millis) : millis >= 10 ? String.format("%.1f", millis)
                : String.format("%.2f", millis);
    }
}
