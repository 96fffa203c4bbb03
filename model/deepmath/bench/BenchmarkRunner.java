package deepmath.bench;

import java.util.ArrayList;
import java.util.List;

/** Prepares a benchmark, warms it up, then times its runs one by one in this JVM. */
public final class BenchmarkRunner {
    private final BenchContext context;
    private final Integer warmupOverride;
    private final Integer runsOverride;

    /** {@code warmups}/{@code runs} null keep each benchmark's own defaults. */
    public BenchmarkRunner(BenchContext context, Integer warmups, Integer runs) {
        this.context = context;
        this.warmupOverride = warmups;
        this.runsOverride = runs;
    }

    public BenchmarkResult run(Benchmark benchmark) throws Exception {
        int warmups = warmupOverride != null ? warmupOverride : benchmark.warmups();
        int runs = runsOverride != null ? runsOverride : benchmark.runs();
        try (Trial trial = benchmark.prepare(context)) {
            for (int i = 0; i < warmups; i++) {
                trial.run();
            }
            List<Double> millis = new ArrayList<>(runs);
            for (int i = 0; i < runs; i++) {
                long start = System.nanoTime();
                trial.run();
                millis.add((System.nanoTime() - start) / 1e6);
            }
            double median = Statistics.median(millis);
            return new BenchmarkResult(benchmark.name(), trial.parameters(), trial.derived(median), millis);
        }
    }
}
