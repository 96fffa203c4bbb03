package deepmath.probability;

import deepmath.core.BadInputException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The two ways chapter 16 §3 brings data to a common scale: min-max, y ↦ (y − y_min)/(y_max − y_min) into
 * [0, 1] (§3.1), and standardisation, x ↦ (x − μ)/σ, to mean 0 and standard deviation 1 (§3.4).
 */
public enum Normalisation {
    STANDARD("standard"), MINMAX("minmax");

    private final String key;

    Normalisation(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** The data transformed; refuses constant data (σ = 0, or y_max = y_min: a division by 0). */
    public double[] apply(double[] values) {
        SampleStatistics stats = SampleStatistics.of(values);
        double shift = this == STANDARD ? stats.mean() : stats.min();
        double scale = this == STANDARD ? stats.std() : stats.max() - stats.min();
        if (!(scale > 0)) {
            throw new BadInputException(ProbabilityProblem.CONSTANT_DATA, key);
        }
        double[] out = new double[values.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = (values[i] - shift) / scale;
        }
        return out;
    }

    public static Normalisation fromKey(String text) {
        String k = text.strip().toLowerCase(Locale.ROOT).replace("-", "");
        for (Normalisation n : values()) {
            if (n.key.equals(k)) {
                return n;
            }
        }
        throw new BadInputException(ProbabilityProblem.UNKNOWN_METHOD, text,
                Arrays.stream(values()).map(Normalisation::key).collect(Collectors.joining(", ")));
    }
}
