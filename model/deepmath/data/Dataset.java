package deepmath.data;

import deepmath.core.BadInputException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Samples (x, t): inputs x (1 to 3 values) and targets t (a 0/1 label for the 2-D classification sets,
 * a number for regression, several values for one-hot classes). Immutable: adding or removing a point
 * makes a new data set.
 */
public final class Dataset {
    private final double[][] inputs;
    private final double[][] targets;

    public Dataset(double[][] inputs, double[][] targets) {
        if (inputs.length != targets.length) {
            throw new BadInputException(DataProblem.SIZES, inputs.length, targets.length);
        }
        this.inputs = deepCopy(inputs);
        this.targets = deepCopy(targets);
        for (int s = 1; s < inputs.length; s++) {
            if (inputs[s].length != inputs[0].length || targets[s].length != targets[0].length) {
                throw new BadInputException(DataProblem.SAMPLE_SHAPE, s + 1);
            }
        }
    }

    public static Dataset empty(int inputCount, int targetCount) {
        return new Dataset(new double[0][inputCount], new double[0][targetCount]);
    }

    private static double[][] deepCopy(double[][] rows) {
        double[][] copy = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            copy[i] = rows[i].clone();
        }
        return copy;
    }

    public int size() {
        return inputs.length;
    }

    public boolean isEmpty() {
        return inputs.length == 0;
    }

    public int inputCount() {
        return inputs.length == 0 ? 0 : inputs[0].length;
    }

    public int targetCount() {
        return targets.length == 0 ? 0 : targets[0].length;
    }

    public double[] input(int s) {
        return inputs[s].clone();
    }

    public double[] target(int s) {
        return targets[s].clone();
    }

    /** The arrays themselves, for the training loops (callers must not change them). */
    public double[][] inputsView() {
        return inputs;
    }

    public double[][] targetsView() {
        return targets;
    }

    /** True when every target is a single 0 or 1 (a two-class set: points coloured by label). */
    public boolean isBinaryClassification() {
        for (double[] t : targets) {
            if (t.length != 1 || (t[0] != 0 && t[0] != 1)) {
                return false;
            }
        }
        return !isEmpty();
    }

    public Dataset with(double[] input, double[] target) {
        if (!isEmpty() && (input.length != inputCount() || target.length != targetCount())) {
            throw new BadInputException(DataProblem.NEW_POINT, inputCount(), targetCount());
        }
        double[][] x = Arrays.copyOf(inputs, size() + 1);
        double[][] t = Arrays.copyOf(targets, size() + 1);
        x[size()] = input.clone();
        t[size()] = target.clone();
        return new Dataset(x, t);
    }

    public Dataset without(int index) {
        List<double[]> x = new ArrayList<>(Arrays.asList(inputs));
        List<double[]> t = new ArrayList<>(Arrays.asList(targets));
        x.remove(index);
        t.remove(index);
        return new Dataset(x.toArray(double[][]::new), t.toArray(double[][]::new));
    }

    /** The point closest to (x, y) in the first two inputs within {@code radius}, or −1. */
    public int nearest(double x, double y, double radius) {
        int best = -1;
        double bestDistance = radius;
        for (int s = 0; s < size(); s++) {
            double d = Math.hypot(inputs[s][0] - x, inputs[s].length > 1 ? inputs[s][1] - y : 0);
            if (d <= bestDistance) {
                best = s;
                bestDistance = d;
            }
        }
        return best;
    }

    /** A shuffled split (same seed, same split): a fraction {@code testFraction} of the samples for testing. */
    public Split split(double testFraction, long seed) {
        if (!(testFraction >= 0 && testFraction < 1)) {
            throw new BadInputException(DataProblem.TEST_FRACTION, testFraction);
        }
        int[] order = permutation(size(), new Random(seed));
        int testSize = (int) Math.round(size() * testFraction);
        return new Split(subset(order, testSize, size()), subset(order, 0, testSize));
    }

    private Dataset subset(int[] order, int from, int to) {
        double[][] x = new double[to - from][];
        double[][] t = new double[to - from][];
        for (int k = from; k < to; k++) {
            x[k - from] = inputs[order[k]];
            t[k - from] = targets[order[k]];
        }
        return x.length == 0 ? empty(inputCount(), targetCount()) : new Dataset(x, t);
    }

    /** A uniformly random permutation of 0..n−1 (Fisher–Yates). */
    public static int[] permutation(int n, Random random) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return order;
    }

    /** Training and test parts of a data set. */
    public record Split(Dataset train, Dataset test) {
    }
}
