package deepmath.nn;

import deepmath.data.Dataset;

/**
 * The error as a function of one parameter, the others held (ch. 9, line 11047): E(a) = Σᵢ ‖F(Xᵢ) − zᵢ‖², the
 * book's sum of squared errors, with its derivative E′(a) by backpropagation and the descent a ← a − δE′(a)
 * along that parameter alone — enough to see a descent trapped in a local minimum.
 */
public final class ErrorProfile {
    private final Network network;
    private final Dataset data;
    private final int parameter;
    private final Backpropagation backpropagation;
    private final int[] all;
    private final double[] gradient;

    /** Evaluates on a private copy of {@code network}; {@code parameter} indexes {@link Network#parameters()}. */
    public ErrorProfile(Network network, Dataset data, int parameter) {
        if (data.isEmpty()) {
            throw new deepmath.core.BadInputException(NetworkProblem.NO_TRAINING_DATA);
        }
        Evaluation.checkShapes(network, data, NetworkProblem.DATA.phrase());
        if (parameter < 0 || parameter >= network.parameterCount()) {
            throw new IndexOutOfBoundsException("parameter " + parameter + " of " + network.parameterCount());
        }
        this.network = network.copy();
        this.data = data;
        this.parameter = parameter;
        this.backpropagation = new Backpropagation(this.network, Loss.MSE, Regularization.NONE, 0);
        this.all = new int[data.size()];
        for (int s = 0; s < all.length; s++) {
            all[s] = s;
        }
        this.gradient = new double[this.network.parameterCount()];
    }

    /** The parameter's value in the network given. */
    public double current() {
        return network.parameters()[parameter];
    }

    public double error(double value) {
        return errorAndSlope(value)[0];
    }

    /** E′(value): the backpropagated ∂E/∂a (the mean squared error's, times the samples and the outputs). */
    public double slope(double value) {
        return errorAndSlope(value)[1];
    }

    /** {E(value), E′(value)}. */
    public double[] errorAndSlope(double value) {
        double[] p = network.parameters();
        p[parameter] = value;
        network.setParameters(p);
        double mean = backpropagation.lossAndGradient(data.inputsView(), data.targetsView(), all, gradient);
        double scale = data.size() * (double) network.outputs();
        return new double[] {mean * scale, gradient[parameter] * scale};
    }

    /** One step of descent along the parameter: a − δE′(a). */
    public double descend(double value, double step) {
        return value - step * slope(value);
    }

    /** E at n + 1 evenly spaced values from lo to hi: {values, errors}. */
    public double[][] curve(double lo, double hi, int n) {
        double[] a = new double[n + 1];
        double[] e = new double[n + 1];
        for (int i = 0; i <= n; i++) {
            a[i] = lo + (hi - lo) * i / n;
            e[i] = error(a[i]);
        }
        return new double[][] {a, e};
    }
}
