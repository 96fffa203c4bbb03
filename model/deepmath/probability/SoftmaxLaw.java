package deepmath.probability;

import deepmath.core.BadInputException;
import deepmath.core.Softmax;

/**
 * softmax(x / T) of a vector of scores and its Jacobian (chapter 16 §1.2): the probabilities σᵢ, and
 * ∂σᵢ/∂xⱼ = σᵢ(δᵢⱼ − σⱼ)/T — the book's σᵢ(1 − σᵢ) on the diagonal and −σᵢσⱼ off it, at T = 1. The
 * softmax itself is the project's one ({@link Softmax}).
 */
public final class SoftmaxLaw {
    /** The book's scores X = (3, 1, 8, 6, 0) (line ~16496). */
    public static final double[] BOOK_SCORES = {3, 1, 8, 6, 0};

    private final double[] scores;
    private final double temperature;
    private final double[] probabilities;

    public SoftmaxLaw(double[] scores, double temperature) {
        if (!(temperature > 0) || !Double.isFinite(temperature)) {
            throw new BadInputException(ProbabilityProblem.TEMPERATURE, temperature);
        }
        if (scores.length == 0) {
            throw new BadInputException(ProbabilityProblem.NO_VALUES, "softmax");
        }
        this.scores = scores.clone();
        this.temperature = temperature;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : scores) {
            max = Math.max(max, v);
        }
        double[] p = new double[scores.length];
        for (int i = 0; i < p.length; i++) {
            p[i] = (scores[i] - max) / temperature; // shifted before dividing: a small T cannot overflow
        }
        Softmax.inPlace(p);
        this.probabilities = p;
    }

    public double[] scores() {
        return scores.clone();
    }

    public double temperature() {
        return temperature;
    }

    public double[] probabilities() {
        return probabilities.clone();
    }

    /** The rank (from 0) of the largest probability: argmax, the category chosen. */
    public int argmax() {
        int best = 0;
        for (int i = 1; i < probabilities.length; i++) {
            if (probabilities[i] > probabilities[best]) {
                best = i;
            }
        }
        return best;
    }

    /** J[i][j] = ∂σᵢ/∂xⱼ = σᵢ(δᵢⱼ − σⱼ)/T. */
    public double[][] jacobian() {
        int k = probabilities.length;
        double[][] j = new double[k][k];
        for (int r = 0; r < k; r++) {
            for (int c = 0; c < k; c++) {
                j[r][c] = probabilities[r] * ((r == c ? 1 : 0) - probabilities[c]) / temperature;
            }
        }
        return j;
    }
}
