package deepmath.nn;

import deepmath.core.BadInputException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Error functions of one sample, with their gradient with respect to the network's output a (target t),
 * as Keras defines them (means over the outputs); a batch's loss is the mean over its samples.
 * Probabilities are clamped to [ε, 1 − ε] before the logarithms, so a confident mistake costs a large but
 * finite amount.
 */
public enum Loss {
    /** (1/m) Σ (aᵢ − tᵢ)². */
    MSE("mse"),
    /** (1/m) Σ |aᵢ − tᵢ|. */
    MAE("mae"),
    /**
     * (1/m) Σ (ln(1 + aᵢ) − ln(1 + tᵢ))², for positive values spread over orders of magnitude (chapter 16); as keras,
     * values below 0 count as 0.
     */
    MSLE("msle"),
    /** −(1/m) Σ [tᵢ ln aᵢ + (1 − tᵢ) ln(1 − aᵢ)], for outputs in (0, 1) (σ). */
    BINARY_CROSS_ENTROPY("binary-crossentropy"),
    /** −Σ tᵢ ln aᵢ, for a probability vector a (softmax) and a one-hot t. */
    CATEGORICAL_CROSS_ENTROPY("categorical-crossentropy");

    static final double EPSILON = 1e-12;
    private final String key;

    Loss(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public double value(double[] a, double[] t) {
        int m = a.length;
        double sum = 0;
        switch (this) {
            case MSE -> {
                for (int i = 0; i < m; i++) {
                    sum += (a[i] - t[i]) * (a[i] - t[i]);
                }
                return sum / m;
            }
            case MAE -> {
                for (int i = 0; i < m; i++) {
                    sum += Math.abs(a[i] - t[i]);
                }
                return sum / m;
            }
            case MSLE -> {
                for (int i = 0; i < m; i++) {
                    double d = Math.log1p(Math.max(a[i], 0)) - Math.log1p(Math.max(t[i], 0));
                    sum += d * d;
                }
                return sum / m;
            }
            case BINARY_CROSS_ENTROPY -> {
                for (int i = 0; i < m; i++) {
                    double p = clamp(a[i]);
                    sum -= t[i] * Math.log(p) + (1 - t[i]) * Math.log(1 - p);
                }
                return sum / m;
            }
            default -> {
                for (int i = 0; i < m; i++) {
                    sum -= t[i] * Math.log(clamp(a[i]));
                }
                return sum;
            }
        }
    }

    /** ∂loss/∂aᵢ into {@code out}. */
    public void gradient(double[] a, double[] t, double[] out) {
        int m = a.length;
        for (int i = 0; i < m; i++) {
            out[i] = switch (this) {
                case MSE -> 2 * (a[i] - t[i]) / m;
                case MAE -> Math.signum(a[i] - t[i]) / m;
                case MSLE -> a[i] < 0 ? 0
                        : 2 * (Math.log1p(a[i]) - Math.log1p(Math.max(t[i], 0))) / ((1 + a[i]) * m);
                case BINARY_CROSS_ENTROPY -> {
                    double p = clamp(a[i]);
                    yield (p - t[i]) / (p * (1 - p)) / m;
                }
                case CATEGORICAL_CROSS_ENTROPY -> -t[i] / clamp(a[i]);
            };
        }
    }

    /**
     * True when this loss after {@code output} has the short gradient ∂loss/∂z = (a − t)/m (σ with binary
     * cross-entropy, softmax with categorical): backpropagation then uses it directly, which stays exact when
     * σ saturates (the long form would divide 0 by 0).
     */
    public boolean pairsWith(Activation output) {
        return (this == BINARY_CROSS_ENTROPY && output == Activation.SIGMOID)
                || (this == CATEGORICAL_CROSS_ENTROPY && output == Activation.SOFTMAX);
    }

    private static double clamp(double p) {
        return p < EPSILON ? EPSILON : p > 1 - EPSILON ? 1 - EPSILON : p;
    }

    public static Loss fromKey(String name) {
        String k = name.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        for (Loss loss : values()) {
            if (loss.key.equals(k) || loss.key.replace("-", "").equals(k.replace("-", ""))) {
                return loss;
            }
        }
        if (k.equals("bce")) {
            return BINARY_CROSS_ENTROPY;
        }
        if (k.equals("cce")) {
            return CATEGORICAL_CROSS_ENTROPY;
        }
        throw new BadInputException(NetworkProblem.UNKNOWN_LOSS, name,
                Arrays.stream(values()).map(Loss::key).collect(Collectors.joining(", ")));
    }
}
