package deepmath.optim;

/**
 * AdaGrad (Duchi et al. 2011): each coordinate gets its own step δ / (√(Σ g²) + ε), the sum running over
 * all past gradients, so often-moved coordinates slow down.
 */
public final class AdaGrad implements Optimizer {
    public static final double EPSILON = 1e-8;
    private double step;
    private double[] sumSquares;
    private double[] grad = new double[0];

    public AdaGrad(double step) {
        this.step = Checks.positive("step", step);
    }

    @Override
    public void setStep(double step) {
        this.step = Checks.positive("step", step);
    }

    @Override
    public String name() {
        return "adagrad";
    }

    @Override
    public void reset() {
        sumSquares = null;
    }

    @Override
    public double[][] state() {
        return sumSquares == null ? new double[0][] : new double[][] {sumSquares.clone()};
    }

    @Override
    public void restore(double[][] state) {
        sumSquares = state.length == 1 ? state[0].clone() : null;
    }

    @Override
    public void step(double[] params, GradientFunction gradient) {
        int n = params.length;
        if (sumSquares == null || sumSquares.length != n) {
            sumSquares = new double[n];
        }
        grad = Checks.buffer(grad, n);
        gradient.gradient(params, grad);
        for (int i = 0; i < n; i++) {
            sumSquares[i] += grad[i] * grad[i];
            params[i] -= step * grad[i] / (Math.sqrt(sumSquares[i]) + EPSILON);
        }
    }
}
