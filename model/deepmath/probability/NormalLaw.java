package deepmath.probability;

import deepmath.core.BadInputException;
import deepmath.core.Erf;

/**
 * The normal law N(μ, σ) (chapter 16 §3.2): its density f(x) = e^(−((x − μ)/σ)²/2) / (σ√(2π)), its
 * distribution function through the project's one {@link Erf}, and the mass within k standard deviations of
 * the mean, erf(k/√2): the 68–95–99.7 rule.
 */
public record NormalLaw(double mean, double sigma) {
    private static final double SQRT_TWO_PI = Math.sqrt(2 * Math.PI);

    public NormalLaw {
        if (!(sigma > 0) || !Double.isFinite(sigma) || !Double.isFinite(mean)) {
            throw new BadInputException(ProbabilityProblem.SIGMA, sigma);
        }
    }

    public double density(double x) {
        double u = (x - mean) / sigma;
        return Math.exp(-0.5 * u * u) / (sigma * SQRT_TWO_PI);
    }

    /** P(X ≤ x) = (1 + erf((x − μ)/(σ√2)))/2. */
    public double cdf(double x) {
        return 0.5 * Erf.erfc(-(x - mean) / (sigma * Math.sqrt(2)));
    }

    /** P(μ − kσ ≤ X ≤ μ + kσ) = erf(k/√2), the same for every μ and σ. */
    public static double within(double k) {
        return Erf.erf(k / Math.sqrt(2));
    }

    /** The law whose mean and standard deviation are the sample's (the book fits the heights so). */
    public static NormalLaw fitted(SampleStatistics stats) {
        return new NormalLaw(stats.mean(), stats.std());
    }
}
