package deepmath.language;

import java.util.Random;

/**
 * The curse of dimension (ch. 17 §4.1): for m random points of Rⁿ, the distances between all pairs (coordinates
 * uniform in [0, 1], as the book: about √(n/6) ± a spread that does not grow) and the cosines between all pairs of
 * centred random vectors (coordinates uniform in [−1, 1]: mean 0, standard deviation 1/√n). As n grows, the
 * distances bunch around their mean and random directions become nearly orthogonal.
 */
public final class RandomVectors {
    private RandomVectors() {
    }

    /** Mean, standard deviation (1/N), smallest and largest of a set of values. */
    public record Spread(double mean, double std, double min, double max) {
        /** std/mean: how far apart "near" and "far" still are. */
        public double relative() {
            return mean == 0 ? 0 : std / mean;
        }
    }

    /** The pairwise distances and cosines of {@code points} random points in dimension n. */
    public record Sample(int dimension, int points, Spread distances, Spread cosines) {
    }

    public static Sample sample(int dimension, int points, long seed) {
        if (dimension < 1 || points < 2) {
            throw new IllegalArgumentException("need n ≥ 1 and at least 2 points");
        }
        Random random = new Random(seed);
        double[][] uniform = new double[points][dimension];
        double[][] centred = new double[points][dimension];
        for (int p = 0; p < points; p++) {
            for (int i = 0; i < dimension; i++) {
                uniform[p][i] = random.nextDouble();
                centred[p][i] = 2 * random.nextDouble() - 1;
            }
        }
        Accumulator distances = new Accumulator();
        Accumulator cosines = new Accumulator();
        for (int p = 0; p < points; p++) {
            for (int q = p + 1; q < points; q++) {
                distances.add(VectorGeometry.distance(uniform[p], uniform[q]));
                cosines.add(VectorGeometry.cosine(centred[p], centred[q]));
            }
        }
        return new Sample(dimension, points, distances.spread(), cosines.spread());
    }

    private static final class Accumulator {
        long n;
        double sum;
        double sumSquares;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;

        void add(double x) {
            n++;
            sum += x;
            sumSquares += x * x;
            min = Math.min(min, x);
            max = Math.max(max, x);
        }

        Spread spread() {
            double mean = sum / n;
            return new Spread(mean, Math.sqrt(Math.max(0, sumSquares / n - mean * mean)), min, max);
        }
    }
}
