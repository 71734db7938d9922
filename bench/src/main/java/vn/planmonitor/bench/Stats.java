package vn.planmonitor.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Percentiles by nearest rank, the same definition for HTTP samples and JMH single shots. */
public final class Stats {

    private Stats() {
    }

    public static double percentile(List<Double> samples, double p) {
        List<Double> sorted = new ArrayList<>(samples);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    public static double sum(List<Double> samples) {
        return samples.stream().mapToDouble(Double::doubleValue).sum();
    }
}
