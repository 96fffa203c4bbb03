package deepmath.probability;

import deepmath.core.BadInputException;

/**
 * The book's statistics of a series (x₁, …, xₙ) (chapter 16 §3.3): the mean μ = (1/n) Σ xᵢ, the variance
 * Var = (1/n) Σ (xᵢ − μ)² (divided by n, as the book does, not n − 1), σ = √Var, and the extremes.
 */
public record SampleStatistics(int count, double mean, double variance, double min, double max) {
    /** The book's sample of men's heights in cm (line ~16947): μ = 176.4, Var = 61.04, σ ≃ 7.8. */
    public static final double[] BOOK_HEIGHTS = {172, 165, 187, 181, 167, 184, 168, 174, 180, 186};

    public static SampleStatistics of(double[] values) {
        if (values.length == 0) {
            throw new BadInputException(ProbabilityProblem.NO_VALUES, "data");
        }
        double sum = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            sum += v;
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        double mean = sum / values.length;
        double squares = 0;
        for (double v : values) {
            squares += (v - mean) * (v - mean);
        }
        return new SampleStatistics(values.length, mean, squares / values.length, min, max);
    }

    public double std() {
        return Math.sqrt(variance);
    }
}
