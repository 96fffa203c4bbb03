package deepmath.bench;

import java.util.Map;

/** One prepared benchmark: {@link #run()} is the timed code, nothing else is timed. */
public interface Trial extends AutoCloseable {

    void run() throws Exception;

    /** The key=value pairs that describe the workload (sizes, kernels, data types), printed before the time. */
    default Map<String, String> parameters() {
        return Map.of();
    }

    /** Figures derived from the median time, e.g. GFLOP/s; printed after the parameters. */
    default Map<String, String> derived(double medianMillis) {
        return Map.of();
    }

    @Override
    default void close() throws Exception {
    }
}
