package deepmath.nn;

import deepmath.core.BadInputException;
import deepmath.core.Progress;
import deepmath.data.Dataset;
import deepmath.optim.OptimizerKind;
import java.util.ArrayList;
import java.util.List;

/**
 * The height of three black squares (ch. 9, line 10900): of n squares in a column, three are black, at ranks
 * i &lt; j &lt; k; the height is h = k − i + 1. A configuration is the vector X = (x₁, …, xₙ) with xᵢ = 1 for a black
 * square. With n = 20 there are N = n(n − 1)(n − 2)/6 = 1140 configurations; after a shuffle, half train a network
 * n-p-p-1 (ReLU everywhere) and the other half test it. The prediction is F(X) rounded to the nearest integer; it
 * is right when it equals h(X). The book finds the training score rising to 100 % with p while the test score
 * stays below, at most 90 %, and falls back for p = 20: over-fitting.
 */
public final class BlackSquares {
    /** The book's number of squares. */
    public static final int SQUARES = 20;
    /** The book's values of p (its table). */
    public static final List<Integer> BOOK_P = List.of(3, 5, 7, 10, 15, 20);

    /** A trained network's scores: right predictions out of each half, and its mean squared errors. */
    public record Score(int p, int neurons, int weights, int trainRight, int trainTotal, int testRight, int testTotal,
                        double trainError, double testError) {
        public double trainShare() {
            return trainRight / (double) trainTotal;
        }

        public double testShare() {
            return testRight / (double) testTotal;
        }
    }

    private BlackSquares() {
    }

    /** The height k − i + 1 of a configuration (its first and last black squares). */
    public static int height(double[] x) {
        int first = -1;
        int last = -1;
        for (int s = 0; s < x.length; s++) {
            if (x[s] >= 0.5) {
                if (first < 0) {
                    first = s;
                }
                last = s;
            }
        }
        return first < 0 ? 0 : last - first + 1;
    }

    /** Every configuration of three black squares among n, with its height as the target. */
    public static Dataset configurations(int n) {
        if (n < 3) {
            throw new BadInputException(NetworkProblem.SQUARES, n);
        }
        List<double[]> x = new ArrayList<>();
        List<double[]> t = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                for (int k = j + 1; k < n; k++) {
                    double[] v = new double[n];
                    v[i] = 1;
                    v[j] = 1;
                    v[k] = 1;
                    x.add(v);
                    t.add(new double[] {k - i + 1});
                }
            }
        }
        return new Dataset(x.toArray(double[][]::new), t.toArray(double[][]::new));
    }

    /** n inputs, two layers of p neurons and one output, all ReLU, He-random from {@code seed}. */
    public static Network network(int n, int p, long seed) {
        Network network = new Network(n, List.of(Layer.zeros(Activation.RELU, n, p), Layer.zeros(Activation.RELU, p, p),
                Layer.zeros(Activation.RELU, p, 1)));
        Initialization.HE.apply(network, seed);
        return network;
    }

    /** Right predictions (F rounded to the nearest integer equals the height) on {@code data}. */
    public static int right(Network network, Dataset data) {
        int right = 0;
        for (int s = 0; s < data.size(); s++) {
            if (Math.round(network.output(data.inputsView()[s])[0]) == Math.round(data.target(s)[0])) {
                right++;
            }
        }
        return right;
    }

    /**
     * Shuffles the n = 20 configurations with {@code seed}, keeps half for training, trains n-p-p-1 for
     * {@code epochs} epochs (the output's bias starting at the mean height; mini-batches of 10, Adam with δ = 0.003 on the mean squared error: stochastic descent
     * as the book asks, with the lab's optimiser) and scores both halves.
     */
    public static Score trainAndScore(int p, int epochs, long seed, Progress progress) {
        return trainAndScore(p, epochs, seed, progress, 0.003);
    }

    static Score trainAndScore(int p, int epochs, long seed, Progress progress, double rate) {
        if (p < 1) {
            throw new BadInputException(NetworkProblem.SQUARES_P, p);
        }
        Dataset.Split split = configurations(SQUARES).split(0.5, seed);
        Network network = network(SQUARES, p, seed);
        double mean = 0;
        for (int s = 0; s < split.train().size(); s++) {
            mean += split.train().target(s)[0] / split.train().size();
        }
        network.layer(2).setBias(0, mean); // the output starts at the mean height, not at 0: no dead ReLU there
        TrainingSettings settings = new TrainingSettings(Loss.MSE, OptimizerKind.ADAM, rate, 0.9, 10,
                Regularization.NONE, 0, seed);
        Trainer trainer = new Trainer(network, split.train(), split.test(), settings);
        for (int e = 0; e < epochs; e++) {
            progress.update(e, epochs);
            trainer.epoch(progress);
        }
        return new Score(p, 2 * p + 1, network.parameterCount(), right(network, split.train()), split.train().size(),
                right(network, split.test()), split.test().size(), trainer.trainLoss(), trainer.testLoss());
    }
}
