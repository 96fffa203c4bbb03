package deepmath.optim;

/** The book's gradient descent: P(k+1) = P(k) − δ·grad f(P(k)), δ being the step ("pas"). */
public final class GradientDescent implements Optimizer {
    private double step;
    private double[] grad = new double[0];

    public GradientDescent(double step) {
        this.step = Checks.positive("step", step);
    }

    @Override
    public void setStep(double step) {
        this.step = Checks.positive("step", step);
    }

    @Override
    public String name() {
        return "sgd";
    }

    @Override
    public void reset() {
        // no memory
    }

    @Override
    public void step(double[] params, GradientFunction gradient) {
        grad = Checks.buffer(grad, params.length);
        gradient.gradient(params, grad);
        for (int i = 0; i < params.length; i++) {
            params[i] -= step * grad[i];
        }
    }
}
