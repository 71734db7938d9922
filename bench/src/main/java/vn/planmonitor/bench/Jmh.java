package vn.planmonitor.bench;

import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the in-process references with JMH's Runner API, in a forked JVM (JMH's default hygiene),
 * its full report appended to the run's JMH log.
 */
public final class Jmh {

    /** Throughput and p99 of a load run. */
    public record Load(double opsPerSecond, double p99Millis, double p50Millis, long samples) {
    }

    private final Path log;

    public Jmh(Path log) {
        this.log = log;
    }

    private ChainedOptionsBuilder options(Class<?> benchmark, Map<String, String> params) {
        ChainedOptionsBuilder b = new OptionsBuilder()
                .include("\\." + benchmark.getSimpleName() + "\\.")
                .forks(1)
                .jvmArgs("-Xmx1g")
                .shouldFailOnError(true)
                .verbosity(VerboseMode.NORMAL)
                .output(log.toString() + "." + benchmark.getSimpleName() + "." + System.nanoTime() + ".txt");
        params.forEach(b::param);
        return b;
    }

    /** Single-shot runs: one sample (milliseconds) per measured iteration, in order. */
    public List<Double> singleShots(Class<?> benchmark, Map<String, String> params, int warmups, int measurements)
            throws RunnerException {
        ChainedOptionsBuilder b = options(benchmark, params)
                .mode(org.openjdk.jmh.annotations.Mode.SingleShotTime)
                .timeUnit(TimeUnit.MILLISECONDS)
                .warmupIterations(warmups)
                .measurementIterations(measurements)
                .measurementBatchSize(1)
                .warmupBatchSize(1);
        Collection<RunResult> results = new Runner(b.build()).run();
        List<Double> samples = new ArrayList<>();
        for (RunResult run : results) {
            for (BenchmarkResult br : run.getBenchmarkResults()) {
                for (IterationResult ir : br.getIterationResults()) {
                    samples.add(ir.getPrimaryResult().getScore());
                }
            }
        }
        if (samples.size() != measurements) {
            throw new IllegalStateException("JMH returned " + samples.size() + " samples, expected " + measurements);
        }
        return samples;
    }

    /** {@code threads} threads for {@code seconds}: first throughput, then sampled latency. */
    public Load load(Class<?> benchmark, Map<String, String> params, int threads, int seconds) throws RunnerException {
        ChainedOptionsBuilder throughput = options(benchmark, params)
                .mode(org.openjdk.jmh.annotations.Mode.Throughput)
                .timeUnit(TimeUnit.SECONDS)
                .threads(threads)
                .warmupIterations(1).warmupTime(TimeValue.seconds(1))
                .measurementIterations(1).measurementTime(TimeValue.seconds(seconds));
        double ops = new Runner(throughput.build()).runSingle().getPrimaryResult().getScore();
        ChainedOptionsBuilder sample = options(benchmark, params)
                .mode(org.openjdk.jmh.annotations.Mode.SampleTime)
                .timeUnit(TimeUnit.MILLISECONDS)
                .threads(threads)
                .warmupIterations(1).warmupTime(TimeValue.seconds(1))
                .measurementIterations(1).measurementTime(TimeValue.seconds(seconds));
        RunResult r = new Runner(sample.build()).runSingle();
        var stats = r.getPrimaryResult().getStatistics();
        return new Load(ops, stats.getPercentile(99), stats.getPercentile(50), stats.getN());
    }
}
