package deepmath.descent;

import java.util.List;

/**
 * The next step drawn as arrows at P(k) (book ch. 8): the gradient step −δ·grad f(P(k)), and for momentum
 * methods the term μ·(P(k) − P(k−1)) added to it. Only the first two coordinates (the map's).
 */
public final class StepArrows {
    private StepArrows() {
    }

    /** (−δ·∂f/∂x, −δ·∂f/∂y) at {@code last}. */
    public static double[] gradientStep(Iterate last, double step) {
        return new double[] {-step * last.gradient()[0], -step * last.gradient()[1]};
    }

    /** μ·(P(k) − P(k−1)) for the last two iterates, or null before the first step. */
    public static double[] momentumTerm(List<Iterate> iterates, double mu) {
        if (iterates.size() < 2) {
            return null;
        }
        double[] now = iterates.get(iterates.size() - 1).point();
        double[] before = iterates.get(iterates.size() - 2).point();
        return new double[] {mu * (now[0] - before[0]), mu * (now[1] - before[1])};
    }
}
