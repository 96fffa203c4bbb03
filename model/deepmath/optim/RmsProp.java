package deepmath.optim;

/**
 * RMSprop (Hinton's lecture 6e): like AdaGrad but with a moving average of squared gradients,
 * v ← ρ·v + (1 − ρ)·g², P ← P − δ·g / (√v + ε); defaults ρ = 0.9, ε = 1e-8 (Keras uses 1e-7).
 */
public final class RmsProp implements Optimizer {
    public static final double DEFAULT_RHO = 0.9;
    public static final double EPSILON = 1e-8;
    private double step;
    private final double rho;
    private double[] meanSquares;
    private double[] grad = new double[0];

    public RmsProp(double step) {
        this(step, DEFAULT_RHO);
    }

    public RmsProp(double step, double rho) {
        this.step = Checks.positive("step", step);
        this.rho = Checks.factor("rho", rho);
    }

    @Override
    public void setStep(double step) {
        this.step = Checks.positive("step", step);
    }

    @Override
    public String name() {
        return "rmsprop";
    }

    @Override
    public void reset() {
        meanSquares = null;
    }

    @Override
    public double[][] state() {
        return meanSquares == null ? new double[0][] : new double[][] {meanSquares.clone()};
    }

    @Override
    public void restore(double[][] state) {
        meanSquares = state.length == 1 ? state[0].clone() : null;
    }

    @Override
    public void step(double[] params, GradientFunction gradient) {
        int n = params.length;
        if (meanSquares == null || meanSquares.length != n) {
            meanSquares = new double[n];
        }
        grad = Checks.buffer(grad, n);
        gradient.gradient(params, grad);
        for (int i = 0; i < n; i++) {
            meanSquares[i] = rho * meanSquares[i] + (1 - rho) * grad[i] * grad[i];
            params[i] -= step * grad[i] / (Math.sqrt(meanSquares[i]) + EPSILON);
        }
    }
}
