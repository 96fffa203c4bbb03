package deepmath.optim;

/**
 * Adam (Kingma and Ba 2015) with its standard defaults β1 = 0.9, β2 = 0.999, ε = 1e-8:
 * m ← β1·m + (1−β1)·g, v ← β2·v + (1−β2)·g², then P ← P − δ·m̂ / (√v̂ + ε) with the bias-corrected
 * m̂ = m / (1 − β1^t), v̂ = v / (1 − β2^t) (without them the first steps would be far too small).
 */
public final class Adam implements Optimizer {
    public static final double BETA1 = 0.9;
    public static final double BETA2 = 0.999;
    public static final double EPSILON = 1e-8;
    private double step;
    private final double beta1;
    private final double beta2;
    private double[] m;
    private double[] v;
    private long t;
    private double[] grad = new double[0];

    public Adam(double step) {
        this(step, BETA1, BETA2);
    }

    public Adam(double step, double beta1, double beta2) {
        this.step = Checks.positive("step", step);
        this.beta1 = Checks.factor("beta1", beta1);
        this.beta2 = Checks.factor("beta2", beta2);
    }

    @Override
    public void setStep(double step) {
        this.step = Checks.positive("step", step);
    }

    @Override
    public String name() {
        return "adam";
    }

    @Override
    public void reset() {
        m = null;
        v = null;
        t = 0;
    }

    /** m, v and the step count t (one value). */
    @Override
    public double[][] state() {
        return m == null ? new double[0][] : new double[][] {m.clone(), v.clone(), {t}};
    }

    @Override
    public void restore(double[][] state) {
        reset();
        if (state.length == 3) {
            m = state[0].clone();
            v = state[1].clone();
            t = (long) state[2][0];
        }
    }

    @Override
    public void step(double[] params, GradientFunction gradient) {
        int n = params.length;
        if (m == null || m.length != n) {
            m = new double[n];
            v = new double[n];
            t = 0;
        }
        grad = Checks.buffer(grad, n);
        gradient.gradient(params, grad);
        t++;
        double correction1 = 1 - Math.pow(beta1, t);
        double correction2 = 1 - Math.pow(beta2, t);
        for (int i = 0; i < n; i++) {
            m[i] = beta1 * m[i] + (1 - beta1) * grad[i];
            v[i] = beta2 * v[i] + (1 - beta2) * grad[i] * grad[i];
            params[i] -= step * (m[i] / correction1) / (Math.sqrt(v[i] / correction2) + EPSILON);
        }
    }
}
