package deepmath.nn;

import deepmath.core.BadInputException;
import deepmath.core.Gelu;
import deepmath.core.Softmax;
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
            case GELU -> Gelu.exact(x);
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
            case GELU -> Gelu.exactDerivative(x);
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
        System.arraycopy(z, 0, a, 0, z.length);
        Softmax.inPlace(a);
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
