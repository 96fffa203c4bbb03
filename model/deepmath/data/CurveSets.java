package deepmath.data;

import deepmath.core.BadInputException;
import java.util.Locale;
import java.util.Random;
import java.util.function.DoubleUnaryOperator;

/**
 * 1-D regression sets y = f(x) on [−3, 3], for universal approximation (chapter 5) and fitting a function
 * of one variable (chapter 10): sin, a step, |x|, or any function the caller gives (a typed formula).
 */
public enum CurveSets {
    SIN(x -> Math.sin(2 * x)),
    STEP(x -> x >= 0 ? 1 : 0),
    ABS(Math::abs);

    public static final double X_MIN = -3;
    public static final double X_MAX = 3;
    private final DoubleUnaryOperator f;

    CurveSets(DoubleUnaryOperator f) {
        this.f = f;
    }

    public DoubleUnaryOperator function() {
        return f;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static CurveSets fromKey(String key) {
        for (CurveSets set : values()) {
            if (set.key().equalsIgnoreCase(key.strip())) {
                return set;
            }
        }
        throw new BadInputException(DataProblem.UNKNOWN_CURVE, key);
    }

    public Dataset generate(int size, double noise, long seed) {
        return sample(f, size, noise, seed);
    }

    /** {@code size} points with evenly spread x on [−3, 3] and y = f(x) + noise·N(0, 1). */
    public static Dataset sample(DoubleUnaryOperator f, int size, double noise, long seed) {
        if (size < 2 || size > 100_000) {
            throw new BadInputException(DataProblem.POINT_COUNT, size);
        }
        Random random = new Random(seed);
        double[][] x = new double[size][];
        double[][] t = new double[size][];
        for (int s = 0; s < size; s++) {
            double xs = X_MIN + (X_MAX - X_MIN) * s / (size - 1);
            double y = f.applyAsDouble(xs);
            if (!Double.isFinite(y)) {
                throw new BadInputException(DataProblem.UNDEFINED_AT, xs);
            }
            x[s] = new double[] {xs};
            t[s] = new double[] {y + noise * random.nextGaussian()};
        }
        return new Dataset(x, t);
    }
}
