package deepmath.nn;

import deepmath.core.BadInputException;
import java.util.Locale;

/**
 * A penalty on the weights added to the loss: L1 = λ Σ |w|, L2 = λ Σ w². Biases are not penalised (they
 * only shift a boundary; shrinking them would pull every boundary towards the origin).
 */
public enum Regularization {
    NONE, L1, L2;

    public double penalty(double w, double lambda) {
        return switch (this) {
            case NONE -> 0;
            case L1 -> lambda * Math.abs(w);
            case L2 -> lambda * w * w;
        };
    }

    public double derivative(double w, double lambda) {
        return switch (this) {
            case NONE -> 0;
            case L1 -> lambda * Math.signum(w);
            case L2 -> 2 * lambda * w;
        };
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Regularization fromKey(String name) {
        for (Regularization r : values()) {
            if (r.key().equalsIgnoreCase(name.strip())) {
                return r;
            }
        }
        throw new BadInputException(NetworkProblem.UNKNOWN_REGULARISATION, name);
    }
}
