package deepmath.levels;

import java.util.ArrayList;
import java.util.List;

/** Which levels to draw: round numbers chosen automatically, or a user's list. */
public final class Levels {
    private Levels() {
    }

    /**
     * About {@code count} levels at a round step (1, 2 or 5 × 10ⁿ) strictly between min and max, so that
     * labels read 0.5, 1, 1.5... rather than 0.4837.
     */
    public static double[] nice(double min, double max, int count) {
        if (!(max > min) || count < 1 || !Double.isFinite(min) || !Double.isFinite(max)) {
            return new double[0];
        }
        double step = niceStep((max - min) / (count + 1));
        List<Double> levels = new ArrayList<>();
        double first = Math.ceil(min / step) * step;
        for (double level = first; level < max; level += step) {
            double rounded = Math.round(level / step) * step;
            if (rounded > min && rounded < max) {
                levels.add(Math.abs(rounded) < step * 1e-9 ? 0.0 : rounded);
            }
        }
        return levels.stream().mapToDouble(Double::doubleValue).toArray();
    }

    static double niceStep(double raw) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double fraction = raw / magnitude;
        double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
        return nice * magnitude;
    }

    /**
     * Every multiple of {@code step} from min to max, both included: a map's contour lines at a fixed interval
     * (the book's topographic map has one every 10 m, line 3258). Each level is k·step computed from its integer
     * k, so 1400 is exactly 1400, not a sum of steps.
     */
    public static double[] every(double min, double max, double step) {
        if (!(step > 0) || !(max >= min) || !Double.isFinite(min) || !Double.isFinite(max)) {
            return new double[0];
        }
        long first = (long) Math.ceil(min / step);
        long last = (long) Math.floor(max / step);
        if (last - first > 100_000) {
            return new double[0];
        }
        double[] levels = new double[(int) Math.max(0, last - first + 1)];
        for (int k = 0; k < levels.length; k++) {
            levels[k] = (first + k) * step;
        }
        return levels;
    }

    /** True when {@code level} is a multiple of {@code every} (an index contour, drawn bold and labelled). */
    public static boolean isMultiple(double level, double every) {
        double q = level / every;
        return Math.abs(q - Math.rint(q)) < 1e-9;
    }

    /** {@code count} levels evenly spaced strictly inside (min, max). */
    public static double[] evenly(double min, double max, int count) {
        double[] levels = new double[count];
        for (int k = 0; k < count; k++) {
            levels[k] = min + (max - min) * (k + 1) / (count + 1);
        }
        return levels;
    }

    /** Parses a user's list "0, 0.5, 1" (commas or spaces). */
    public static double[] parse(String text) {
        String trimmed = text.trim();
        if (trimmed.isEmpty()) {
            return new double[0];
        }
        String[] parts = trimmed.split("[,;\\s]+");
        double[] levels = new double[parts.length];
        for (int k = 0; k < parts.length; k++) {
            try {
                levels[k] = Double.parseDouble(parts[k]);
            } catch (NumberFormatException e) {
                throw new deepmath.core.BadInputException(LevelsProblem.NOT_A_LEVEL, parts[k]);
            }
        }
        java.util.Arrays.sort(levels);
        return levels;
    }
}
