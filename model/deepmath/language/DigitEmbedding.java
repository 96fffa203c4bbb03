package deepmath.language;

import deepmath.digits.DigitNetwork;
import deepmath.digits.DigitSet;

/**
 * Embedding MNIST digits (ch. 17 §5.1): each digit's vector is the hidden layer of the trained dense network (its
 * last layer before the softmax: 128 values), or its 784 pixels; PCA then places the digits in 2-D or 3-D. The
 * book sees the classes gather; with the hidden layer they gather far better than with the raw pixels.
 */
public final class DigitEmbedding {
    private DigitEmbedding() {
    }

    /** What each digit is turned into before the PCA. */
    public enum Source {
        HIDDEN_LAYER, PIXELS
    }

    /** The digits' positions in the data set, labels, PCA coordinates and the PCA itself. */
    public record Points(int[] positions, int[] labels, double[][] coordinates, Pca pca) {
        /** The point nearest to (x, y) on the first two axes, or −1 when there is none. */
        public int nearest(double x, double y) {
            int best = -1;
            double bestDistance = Double.POSITIVE_INFINITY;
            for (int i = 0; i < coordinates.length; i++) {
                double dx = coordinates[i][0] - x;
                double dy = coordinates[i][1] - y;
                double d = dx * dx + dy * dy;
                if (d < bestDistance) {
                    bestDistance = d;
                    best = i;
                }
            }
            return best;
        }
    }

    /** The first {@code count} digits of {@code digits} on {@code dims} principal axes. */
    public static Points of(DigitSet digits, DigitNetwork network, Source source, int count, int dims) {
        int m = Math.min(count, digits.size());
        double[][] vectors = new double[m][];
        int[] positions = new int[m];
        int[] labels = new int[m];
        for (int s = 0; s < m; s++) {
            positions[s] = s;
            labels[s] = digits.label(s);
            vectors[s] = source == Source.HIDDEN_LAYER ? network.hiddenLayer(digits.image(s))
                    : VectorGeometry.toDouble(digits.image(s));
        }
        Pca pca = Pca.of(vectors, dims);
        return new Points(positions, labels, pca.coordinates(), pca);
    }

    /**
     * How well the classes separate: the share of points whose nearest other point (on the kept axes) has the
     * same label — 10 % for a random placing of ten balanced classes.
     */
    public static double nearestNeighbourAgreement(Points points) {
        double[][] c = points.coordinates();
        int agree = 0;
        for (int i = 0; i < c.length; i++) {
            int best = -1;
            double bestDistance = Double.POSITIVE_INFINITY;
            for (int j = 0; j < c.length; j++) {
                if (j == i) {
                    continue;
                }
                double d = 0;
                for (int a = 0; a < c[i].length; a++) {
                    d += (c[i][a] - c[j][a]) * (c[i][a] - c[j][a]);
                }
                if (d < bestDistance) {
                    bestDistance = d;
                    best = j;
                }
            }
            if (best >= 0 && points.labels()[best] == points.labels()[i]) {
                agree++;
            }
        }
        return (double) agree / c.length;
    }
}
