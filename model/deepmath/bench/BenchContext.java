package deepmath.bench;

import java.util.Map;
import java.util.Optional;

/** Options given on the command line to the benchmarks (e.g. {@code --model DIR}). */
public record BenchContext(Map<String, String> options) {

    public BenchContext {
        options = Map.copyOf(options);
    }

    public static BenchContext empty() {
        return new BenchContext(Map.of());
    }

    public Optional<String> option(String key) {
        return Optional.ofNullable(options.get(key));
    }
}
