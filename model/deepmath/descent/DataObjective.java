package deepmath.descent;

import java.util.Random;

/**
 * A loss that is a sum over data points, E(p) = Σ e_i(p), as the book writes it (ch. 8, lines 9286 and 10003):
 * the full gradient for classic descent, or the gradient of the sum E_j+1 + … + E_j+K over a mini-batch of K
 * points for stochastic (K = 1) and mini-batch descent (book line 9981). Batches walk through a shuffled order,
 * drawn again each epoch (a seed makes it repeatable; the book's usual way, line 9986), or through the data's own
 * order E_1, E_2, …, E_N, E_1, … (the book's stochastic descent, P_k+1 = P_k − δ·grad E_(k%N)+1(P_k), line 9765);
 * one pass over all points is an epoch.
 */
public abstract class DataObjective implements Objective {
    private final PointCloud data;
    private int batchSize;
    private final Random random;
    private final boolean shuffled;
    private int[] order;
    private int cursor;
    private int epoch;

    protected DataObjective(PointCloud data, int batchSize, long seed) {
        this(data, batchSize, seed, true);
    }

    /** @param shuffled false: the batches take the points in their order, epoch after epoch */
    protected DataObjective(PointCloud data, int batchSize, long seed, boolean shuffled) {
        this.data = data;
        this.random = new Random(seed);
        this.shuffled = shuffled;
        setBatchSize(batchSize);
        reshuffle();
    }

    /** Whether the batches walk a shuffled order (drawn again each epoch) rather than the data's. */
    public boolean shuffled() {
        return shuffled;
    }

    public PointCloud data() {
        return data;
    }

    /** 0 (or ≥ N) means the whole data set: classic descent. */
    public void setBatchSize(int size) {
        this.batchSize = size <= 0 || size >= data.size() ? data.size() : size;
    }

    public int batchSize() {
        return batchSize;
    }

    /** Completed passes over the data. */
    public int epoch() {
        return epoch;
    }

    /** Point i's error e_i(p) and its gradient, added (times {@code weight}) into {@code gradient}. */
    protected abstract double pointError(int i, double[] p, double[] gradient, double weight);

    /** The full loss over all points (what the plots show), without moving the batch cursor. */
    @Override
    public double value(double[] p) {
        double[] unused = new double[p.length];
        double sum = 0;
        for (int i = 0; i < data.size(); i++) {
            sum += pointError(i, p, unused, 0);
        }
        return sum;
    }

    @Override
    public double exactValueAndGradient(double[] p, double[] gradient) {
        java.util.Arrays.fill(gradient, 0);
        double sum = 0;
        for (int i = 0; i < data.size(); i++) {
            sum += pointError(i, p, gradient, 1);
        }
        return sum;
    }

    /** The loss and gradient on the next batch (the whole data set for classic descent). */
    @Override
    public double valueAndGradient(double[] p, double[] gradient) {
        java.util.Arrays.fill(gradient, 0);
        if (batchSize == data.size()) {
            // One batch of all the points: a whole pass, so one epoch per step.
            epoch++;
            return exactValueAndGradient(p, gradient);
        }
        double sum = 0;
        for (int b = 0; b < batchSize; b++) {
            int i = order[cursor++];
            sum += pointError(i, p, gradient, 1);
            if (cursor == order.length) {
                epoch++;
                reshuffle();
            }
        }
        return sum;
    }

    private void reshuffle() {
        order = new int[data.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        for (int i = order.length - 1; i > 0 && shuffled; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        cursor = 0;
    }
}
