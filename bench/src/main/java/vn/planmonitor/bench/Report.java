package vn.planmonitor.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The run's results as markdown: context, the figures table, the details. Written to
 * bench/results/&lt;UTC date&gt;-&lt;preset&gt;.md and into bench/README.md between the markers of the mode.
 */
public final class Report {

    record Figure(String number, String what, String measured, String reference, String ratio, String goal,
                  String result) {
    }

    private final Preset preset;
    private final Mode mode;
    private final ZonedDateTime at = ZonedDateTime.now(ZoneOffset.UTC);
    private final Map<String, String> context = new LinkedHashMap<>();
    private final List<Figure> figures = new ArrayList<>();
    private final Map<String, String> details = new LinkedHashMap<>();
    private final Map<String, Double> ratios = new LinkedHashMap<>();
    final List<String> phases = new ArrayList<>();
    Boolean freshness;

    Report(Preset preset, Mode mode) {
        this.preset = preset;
        this.mode = mode;
    }

    void context(String key, String value) {
        context.put(key, value);
    }

    void figure(String number, String what, String measured, String reference, String ratio, String goal, String result) {
        figures.add(new Figure(number, what, measured, reference, ratio, goal, result));
    }

    void detail(String key, String value) {
        details.put(key, value);
    }

    void ratio(String key, double value) {
        ratios.put(key, value);
    }

    String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("### ").append(preset.label).append(" (").append(mode.label()).append(") — ")
                .append(at.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'"))).append("\n\n");
        md.append("| | |\n|---|---|\n");
        context.forEach((k, v) -> md.append("| ").append(k).append(" | ").append(cell(v)).append(" |\n"));
        md.append("\n| # | figure | measured | physical reference (same run) | ratio | goal | result |\n");
        md.append("|---|---|---|---|---|---|---|\n");
        List<Figure> sorted = new ArrayList<>(figures);
        sorted.sort(java.util.Comparator.comparing(f -> f.number().matches("\\d+") ? f.number() : "9" + f.number()));
        for (Figure f : sorted) {
            md.append("| ").append(f.number()).append(" | ").append(cell(f.what())).append(" | ").append(cell(f.measured()))
                    .append(" | ").append(cell(f.reference())).append(" | ").append(cell(f.ratio())).append(" | ")
                    .append(cell(f.goal())).append(" | ").append(cell(f.result())).append(" |\n");
        }
        md.append('\n');
        details.forEach((k, v) -> md.append("- **").append(k).append("**: ").append(v).append('\n'));
        return md.toString();
    }

    String ratiosLine() {
        StringBuilder s = new StringBuilder("RATIOS ").append(preset.label).append(' ').append(mode.label()).append(':');
        ratios.forEach((k, v) -> s.append(String.format("  %s=%.2f", k, v)));
        if (freshness != null) {
            s.append("  fresh=").append(freshness ? "yes" : "no");
        }
        return s.toString();
    }

    private static String cell(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }

    /** Writes the results file, and the README's block for this mode when a README is given. */
    Path write(Path dir, Path readme) throws IOException {
        Files.createDirectories(dir);
        Path file = dir.resolve(at.format(DateTimeFormatter.ISO_LOCAL_DATE) + "-" + preset.label + ".md");
        String body = "# Plan monitor benchmark: " + preset.label + ", " + mode.label() + " mode\n\n"
                + "Written by `bench/run.sh` (see bench/README.md for what each figure means and how it is measured).\n\n"
                + markdown();
        Files.writeString(file, body, StandardCharsets.UTF_8);
        if (readme != null && Files.exists(readme)) {
            String start = "<!-- bench:latest-" + mode.label() + ":start -->";
            String end = "<!-- bench:latest-" + mode.label() + ":end -->";
            String text = Files.readString(readme, StandardCharsets.UTF_8);
            int i = text.indexOf(start);
            int j = text.indexOf(end);
            if (i >= 0 && j > i) {
                String block = start + "\n" + markdown() + "\n(from `" + file.getFileName() + "`)\n" + end;
                Files.writeString(readme, text.substring(0, i) + block + text.substring(j + end.length()), StandardCharsets.UTF_8);
            }
        }
        return file;
    }
}
