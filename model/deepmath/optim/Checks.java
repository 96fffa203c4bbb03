package deepmath.optim;

import deepmath.core.BadInputException;

/** Argument checks shared by the optimisers (hyper-parameters typed by the user). */
final class Checks {
    private Checks() {
    }

    static double positive(String name, double value) {
        if (!(value > 0) || !Double.isFinite(value)) {
            throw new BadInputException(OptimProblem.POSITIVE, name, value);
        }
        return value;
    }

    /** μ, β: a memory factor must lie in [0, 1). */
    static double factor(String name, double value) {
        if (!(value >= 0 && value < 1)) {
            throw new BadInputException(OptimProblem.FACTOR, name, value);
        }
        return value;
    }

    /** A scratch vector of the right length, reused when it already has it. */
    static double[] buffer(double[] current, int length) {
        return current.length == length ? current : new double[length];
    }
}
