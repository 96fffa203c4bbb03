package deepmath.optim;

import deepmath.core.BadInputException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The optimisers by name, as menus and the command line offer them; μ is used by the momentum methods. */
public enum OptimizerKind {
    SGD, MOMENTUM, NESTEROV, ADAGRAD, RMSPROP, ADAM;

    /** A fresh optimiser of this kind with step δ (and momentum μ where it applies). */
    public Optimizer create(double step, double mu) {
        return switch (this) {
            case SGD -> new GradientDescent(step);
            case MOMENTUM -> new Momentum(step, mu);
            case NESTEROV -> Momentum.nesterov(step, mu);
            case ADAGRAD -> new AdaGrad(step);
            case RMSPROP -> new RmsProp(step);
            case ADAM -> new Adam(step);
        };
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static OptimizerKind fromKey(String key) {
        for (OptimizerKind kind : values()) {
            if (kind.key().equalsIgnoreCase(key.strip())) {
                return kind;
            }
        }
        throw new BadInputException(OptimProblem.UNKNOWN, key,
                Arrays.stream(values()).map(OptimizerKind::key).collect(Collectors.joining(", ")));
    }
}
