package deepmath.optim;

/**
 * The book's momentum ("moment"): P(k+1) = P(k) + μ·(P(k) − P(k−1)) − δ·grad f(P(k)) with P(−1) = P(0),
 * so the first step is plain gradient descent; μ is usually taken in [0.5, 0.9].
 */
public final class Momentum implements Optimizer {
    private double step;
    private final double mu;
    private double[] previous;
    private double[] grad = new double[0];

    public Momentum(double step, double mu) {
        this.step = Checks.positive("step", step);
        this.mu = Checks.factor("momentum", mu);
    }

    @Override
    public void setStep(double step) {
        this.step = Checks.positive("step", step);
    }

    @Override
    public String name() {
        return "momentum";
    }

    @Override
    public void reset() {
        previous = null;
    }

    @Override
    public void step(double[] params, GradientFunction gradient) {
        if (previous == null || previous.length != params.length) {
            previous = params.clone(); // P(−1) = P(0)
        }
        grad = Checks.buffer(grad, params.length);
        gradient.gradient(params, grad);
        for (int i = 0; i < params.length; i++) {
            double current = params[i];
            params[i] = current + mu * (current - previous[i]) - step * grad[i];
            previous[i] = current;
        }
    }
}
