package deepmath.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The timings of one benchmark and the line {@code deepmath-lab bench} prints for it. */
public record BenchmarkResult(String name, Map<String, String> parameters, Map<String, String> derived,
                              List<Double> millis) {

    public BenchmarkResult {
        parameters = new LinkedHashMap<>(parameters);
        derived = new LinkedHashMap<>(derived);
        millis = List.copyOf(millis);
    }

    public double medianMillis() {
        return Statistics.median(millis);
    }

    public double minMillis() {
        return millis.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    }

    /** {@code NAME key=value ... runs=N min_ms=X median_ms=Y}: one line, median last. */
    public String line() {
        StringBuilder out = new StringBuilder(name);
        parameters.forEach((k, v) -> out.append(' ').append(k).append('=').append(v));
        derived.forEach((k, v) -> out.append(' ').append(k).append('=').append(v));
        out.append(" runs=").append(millis.size());
        out.append(" min_ms=").append(format(minMillis()));
        out.append(" median_ms=").append(format(medianMillis()));
        return out.toString();
    }

    static String format(double millis) {
        return millis >= 100 ? String.format(Locale.ROOT, "%.1f", millis) : String.format(Locale.ROOT, "%.3f", millis);
    }
}
