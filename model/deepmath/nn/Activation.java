package deepmath.nn;

import deepmath.core.BadInputException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * An activation function φ and its derivative φ', as the book pairs them. Heaviside follows the book:
 * H(x) = 1 if x ≥ 0 (so H(0) = 1), else 0, and its derivative is taken as 0 everywhere (backpropagation
 * through H learns nothing, which is the book's point). Softmax acts on a whole layer, not one value:
 * use {@link #apply} for a layer and the Jacobian form in {@link Backpropagation}.
 */
public enum Activation {
    HEAVISIDE("heaviside"),
    SIGMOID("sigmoid"),
    TANH("tanh"),
    RELU("relu"),
    IDENTITY("identity"),
    GELU("gelu"),
    SOFTMAX("softmax");

    private static final double INV_SQRT_2 = 1 / Math.sqrt(2);
    private static final double INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);

    private final String key;

    Activation(String key) {
        this.key = key;
    }

    /** The name used in network files and on the command line. */
    public String key() {
        return key;
    }

    /** True for the functions applied value by value (all but softmax). */
    public boolean isElementwise() {
        return this != SOFTMAX;
    }

    /** φ(x) for an element-wise activation. */
    public double value(double x) {
        return switch (this) {
            case HEAVISIDE -> x >= 0 ? 1 : 0;
            case SIGMOID -> sigmoid(x);
            case TANH -> Math.tanh(x);
            case RELU -> x > 0 ? x : 0;
            case IDENTITY -> x;
            case GELU -> 0.5 * x * (1 + Erf.erf(x * INV_SQRT_2));
            case SOFTMAX -> throw new IllegalStateException("softmax acts on a layer: use apply()");
        };
    }

    /** φ'(x) for an element-wise activation (ReLU'(0) = 0, H' = 0 as explained above). */
    public double derivative(double x) {
        return switch (this) {
            case HEAVISIDE -> 0;
            case SIGMOID -> {
                double s = sigmoid(x);
                yield s * (1 - s);
            }
            case TANH -> {
                double t = Math.tanh(x);
                yield 1 - t * t;
            }
            case RELU -> x > 0 ? 1 : 0;
            case IDENTITY -> 1;
            // (xΦ(x))' = Φ(x) + x·φ(x), φ the standard normal density
            case GELU -> 0.5 * (1 + Erf.erf(x * INV_SQRT_2)) + x * INV_SQRT_2PI * Math.exp(-0.5 * x * x);
            case SOFTMAX -> throw new IllegalStateException("softmax has a Jacobian, not a derivative");
        };
    }

    /** a = φ(z) for a whole layer (softmax normalises over the layer; the maximum is subtracted first). */
    public void apply(double[] z, double[] a) {
        if (this != SOFTMAX) {
            for (int i = 0; i < z.length; i++) {
                a[i] = value(z[i]);
            }
            return;
        }
        double max = Double.NEGATIVE_INFINITY;
        for (double v : z) {
            max = Math.max(max, v);
        }
        double sum = 0;
        for (int i = 0; i < z.length; i++) {
            a[i] = Math.exp(z[i] - max);
            sum += a[i];
        }
        for (int i = 0; i < z.length; i++) {
            a[i] /= sum;
        }
    }

    static double sigmoid(double x) {
        return x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x));
    }

    /** By name, ignoring case; accepts "linear" for identity, "sigma"/"σ" for sigmoid, "H"/"step" for Heaviside. */
    public static Activation fromKey(String name) {
        String k = name.strip().toLowerCase(Locale.ROOT);
        switch (k) {
            case "linear", "id", "none" -> {
                return IDENTITY;
            }
            case "sigma", "σ", "logistic" -> {
                return SIGMOID;
            }
            case "h", "step" -> {
                return HEAVISIDE;
            }
            default -> {
                for (Activation a : values()) {
                    if (a.key.equals(k)) {
                        return a;
                    }
                }
            }
        }
        throw new BadInputException(NetworkProblem.UNKNOWN_ACTIVATION, name,
                Arrays.stream(values()).map(Activation::key).collect(Collectors.joining(", ")));
    }
}
