package deepmath.optim;

/**
 * Nesterov's accelerated gradient as the book writes it: the momentum formula, with the gradient taken at
 * the look-ahead point P(k) + μ·(P(k) − P(k−1)) instead of at P(k); P(−1) = P(0).
 */
public final class Nesterov implements Optimizer {
    private double step;
    private final double mu;
    private double[] previous;
    private double[] ahead = new double[0];
    private double[] grad = new double[0];

    public Nesterov(double step, double mu) {
        this.step = Checks.positive("step", step);
        this.mu = Checks.factor("momentum", mu);
    }

    @Override
    public void setStep(double step) {
        this.step = Checks.positive("step", step);
    }

    @Override
    public String name() {
        return "nesterov";
    }

    @Override
    public void reset() {
        previous = null;
    }

    @Override
    public void step(double[] params, GradientFunction gradient) {
        int n = params.length;
        if (previous == null || previous.length != n) {
            previous = params.clone();
        }
        ahead = Checks.buffer(ahead, n);
        grad = Checks.buffer(grad, n);
        for (int i = 0; i < n; i++) {
            ahead[i] = params[i] + mu * (params[i] - previous[i]);
        }
        gradient.gradient(ahead, grad);
        for (int i = 0; i < n; i++) {
            double current = params[i];
            params[i] = ahead[i] - step * grad[i];
            previous[i] = current;
        }
    }
}
