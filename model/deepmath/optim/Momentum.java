package deepmath.optim;

/**
 * The book's momentum ("moment"): P(k+1) = P(k) + μ·(P(k) − P(k−1)) − δ·grad f(P(k)) with P(−1) = P(0), so the
 * first step is plain gradient descent; μ is usually taken in [0.5, 0.9]. Nesterov's accelerated gradient is
 * the same formula with the gradient taken at the look-ahead point P(k) + μ·(P(k) − P(k−1)) instead of at P(k).
 */
public final class Momentum implements Optimizer {
    private double step;
    private final double mu;
    private final boolean lookAhead;
    private double[] previous;
    private double[] ahead = new double[0];
    private double[] grad = new double[0];

    /** Classical momentum: the gradient at P(k). */
    public Momentum(double step, double mu) {
        this(step, mu, false);
    }

    private Momentum(double step, double mu, boolean lookAhead) {
        this.step = Checks.positive("step", step);
        this.mu = Checks.factor("momentum", mu);
        this.lookAhead = lookAhead;
    }

    /** Nesterov's method: the gradient at the look-ahead point. */
    public static Momentum nesterov(double step, double mu) {
        return new Momentum(step, mu, true);
    }

    @Override
    public void setStep(double step) {
        this.step = Checks.positive("step", step);
    }

    @Override
    public String name() {
        return lookAhead ? "nesterov" : "momentum";
    }

    @Override
    public void reset() {
        previous = null;
    }

    /** P(k − 1), from which the next step's velocity P(k) − P(k − 1) is taken. */
    @Override
    public double[][] state() {
        return previous == null ? new double[0][] : new double[][] {previous.clone()};
    }

    @Override
    public void restore(double[][] state) {
        previous = state.length == 1 ? state[0].clone() : null;
    }

    @Override
    public void step(double[] params, GradientFunction gradient) {
        int n = params.length;
        if (previous == null || previous.length != n) {
            previous = params.clone(); // P(−1) = P(0)
        }
        ahead = Checks.buffer(ahead, n);
        grad = Checks.buffer(grad, n);
        for (int i = 0; i < n; i++) {
            ahead[i] = params[i] + mu * (params[i] - previous[i]);
        }
        gradient.gradient(lookAhead ? ahead : params, grad);
        for (int i = 0; i < n; i++) {
            previous[i] = params[i];
            params[i] = ahead[i] - step * grad[i];
        }
    }
}
