package deepmath.descent;

import java.util.List;

/**
 * The next step drawn as arrows at P(k) (book ch. 8): the gradient step −δ·grad f(P(k)), and for momentum
 * methods the term μ·(P(k) − P(k−1)) added to it, in every coordinate (one for a curve, two for the map).
 */
public final class StepArrows {
    private StepArrows() {
    }

    /** −δ·grad f(P(k)) at {@code last}: (−δ·∂f/∂x, −δ·∂f/∂y), or −δ·f′(x) for one variable. */
    public static double[] gradientStep(Iterate last, double step) {
        double[] g = last.gradient();
        double[] out = new double[g.length];
        for (int i = 0; i < g.length; i++) {
            out[i] = -step * g[i];
        }
        return out;
    }

    /** μ·(P(k) − P(k−1)) for the last two iterates, or null before the first step. */
    public static double[] momentumTerm(List<Iterate> iterates, double mu) {
        if (iterates.size() < 2) {
            return null;
        }
        double[] now = iterates.get(iterates.size() - 1).point();
        double[] before = iterates.get(iterates.size() - 2).point();
        double[] out = new double[now.length];
        for (int i = 0; i < now.length; i++) {
            out[i] = mu * (now[i] - before[i]);
        }
        return out;
    }
}
