package deepmath.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BenchmarkRunnerTest {

    /** A benchmark that counts its runs and sleeps a known time, to check the runner's bookkeeping. */
    private static final class Sleeper implements Benchmark {
        final AtomicInteger calls = new AtomicInteger();
        boolean closed;

        @Override public String name() { return "sleeper"; }
        @Override public String description() { return "sleeps 2 ms"; }
        @Override public int warmups() { return 2; }
        @Override public int runs() { return 5; }

        @Override
        public Trial prepare(BenchContext context) {
            return new Trial() {
                @Override public void run() throws InterruptedException {
                    calls.incrementAndGet();
                    Thread.sleep(2);
                }
                @Override public Map<String, String> parameters() {
                    Map<String, String> p = new LinkedHashMap<>();
                    p.put("size", context.option("size").orElse("none"));
                    return p;
                }
                @Override public Map<String, String> derived(double median) {
                    return Map.of("per_s", String.valueOf(Math.round(1000 / median)));
                }
                @Override public void close() { closed = true; }
            };
        }
    }

    @Test
    void warmsUpThenTimesEachRunAndClosesTheTrial() throws Exception {
        Sleeper sleeper = new Sleeper();
        BenchmarkResult result = new BenchmarkRunner(new BenchContext(Map.of("size", "7")), null, null).run(sleeper);
        assertEquals(7, sleeper.calls.get(), "2 warm-ups + 5 timed runs");
        assertEquals(5, result.millis().size());
        assertTrue(result.medianMillis() >= 2.0, "each run sleeps 2 ms: " + result.medianMillis());
        assertTrue(sleeper.closed);
        assertTrue(result.line().matches("sleeper size=7 per_s=\\d+ runs=5 min_ms=[0-9.]+ median_ms=[0-9.]+"),
                result.line());
    }

    @Test
    void commandLineCountsOverrideTheBenchmarksOwn() throws Exception {
        Sleeper sleeper = new Sleeper();
        BenchmarkResult result = new BenchmarkRunner(BenchContext.empty(), 0, 3).run(sleeper);
        assertEquals(3, sleeper.calls.get());
        assertEquals(3, result.millis().size());
    }

    @Test
    void medianOfEvenAndOddCounts() {
        assertEquals(2.0, Statistics.median(List.of(3.0, 1.0, 2.0)));
        assertEquals(2.5, Statistics.median(List.of(4.0, 1.0, 2.0, 3.0)));
    }
}
