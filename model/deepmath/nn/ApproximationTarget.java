package deepmath.nn;

import deepmath.core.BadInputException;
import java.util.Arrays;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

/**
 * The functions the universal-approximation networks approach, each on its interval [a, b] (or square
 * [a, b]²) with the range of n the lab offers: the book's f(x) = cos 2x + x·sin 3x + √x on [2, 10] of
 * {@code calcul_approximation} (ch. 6, line 6254, n = 5 … 100), and the lab's own (the book gives no function
 * of two variables for its theorem 3, line 5690). {@code key} names it in sessions and in the network bundle
 * ("approximation.function.KEY").
 */
public enum ApproximationTarget {
    /** Ch. 6, line 6254: the book's example, n = 5, 10, 20, 50, 100. */
    BOOK_6254("book-6254", 2, 10, 100, x -> Math.cos(2 * x) + x * Math.sin(3 * x) + Math.sqrt(x), null),
    /** The lab's: a sine over a whole period, an interval that starts at 0 (the steps' weights are then 1, −xᵢ). */
    SINE("sine", 0, 2 * Math.PI, 100, Math::sin, null),
    /** The lab's: the hill of the 2-D towers preset, e^{−(x² + y²)/4} on [−3, 3]². */
    HILL("hill", -3, 3, 12, null, BookRegions::towersTarget),
    /** The lab's: waves sin x · cos y on [−3, 3]². */
    WAVES("waves", -3, 3, 12, null, (x, y) -> Math.sin(x) * Math.cos(y));

    private final String key;
    private final double a;
    private final double b;
    private final int maxSteps;
    private final DoubleUnaryOperator f1;
    private final DoubleBinaryOperator f2;

    ApproximationTarget(String key, double a, double b, int maxSteps, DoubleUnaryOperator f1, DoubleBinaryOperator f2) {
        this.key = key;
        this.a = a;
        this.b = b;
        this.maxSteps = maxSteps;
        this.f1 = f1;
        this.f2 = f2;
    }

    public String key() {
        return key;
    }

    /** 1 (steps on [a, b]) or 2 (towers on [a, b]²). */
    public int inputs() {
        return f1 != null ? 1 : 2;
    }

    public double from() {
        return a;
    }

    public double to() {
        return b;
    }

    /** The largest n offered: 100 steps in 1-D (the book's largest), 12 × 12 towers in 2-D. */
    public int maxSteps() {
        return maxSteps;
    }

    public double value(double x) {
        return f1.applyAsDouble(x);
    }

    public double value(double x, double y) {
        return f2.applyAsDouble(x, y);
    }

    /** The value at a point of {@link #inputs()} coordinates. */
    public double value(double[] p) {
        return inputs() == 1 ? value(p[0]) : value(p[0], p[1]);
    }

    public static ApproximationTarget byKey(String key) {
        for (ApproximationTarget t : values()) {
            if (t.key.equals(key)) {
                return t;
            }
        }
        throw new BadInputException(NetworkProblem.UNKNOWN_APPROXIMATION, key,
                String.join(", ", Arrays.stream(values()).map(ApproximationTarget::key).toList()));
    }
}
