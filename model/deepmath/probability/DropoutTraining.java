package deepmath.probability;

import deepmath.core.Progress;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Dropout against over-fitting, measured (chapter 16 §4): a small network 1 → H → H → 1 (tanh, then a linear
 * output) learns y = sin(πx) from a few noisy points by gradient descent on the mean squared error, once
 * plainly and once with dropout on both hidden layers (a new {@link DropoutMask} at every step). Both runs start
 * from the same weights and see the same points; the error on many fresh test points is measured after each
 * step with every neuron active. Without dropout the network ends up following the noise of its few training
 * points (training error → small, test error rises); with dropout it cannot rely on any one neuron.
 */
public final class DropoutTraining {
    /** The network's size and the experiment's data; the same for both runs. */
    public record Setup(int hidden, int trainingPoints, int testPoints, double noise, double rate, int steps,
                        long seed) {
        public static final Setup DEFAULT = new Setup(16, 12, 80, 0.3, 0.05, 1500, 7);
    }

    /** One run: the errors after each step (index 0: before training) and, with dropout, each step's masks. */
    public record Run(double[] trainLoss, double[] testLoss, List<DropoutMask[]> masks) {
        public Run {
            trainLoss = trainLoss.clone();
            testLoss = testLoss.clone();
            masks = List.copyOf(masks);
        }

        @Override
        public double[] trainLoss() {
            return trainLoss.clone();
        }

        @Override
        public double[] testLoss() {
            return testLoss.clone();
        }
    }

    /** Both runs and the points they used (x, y of training and test). */
    public record Result(Run plain, Run dropout, double[][] training, double[][] test) {
    }

    private DropoutTraining() {
    }

    /** Trains both networks; {@code keep} is the probability p of keeping a hidden neuron at each step. */
    public static Result run(Setup setup, double keep) {
        return run(setup, keep, Progress.NONE);
    }

    /** The same, reporting each run's steps to {@code progress} (and stopping when it is cancelled). */
    public static Result run(Setup setup, double keep, Progress progress) {
        DropoutMask.checkKeep(keep);
        Random data = new Random(setup.seed());
        double[][] training = points(setup.trainingPoints(), setup.noise(), data, true);
        double[][] test = points(setup.testPoints(), setup.noise(), data, false);
        Run plain = train(setup, 1, training, test, progress, 0);
        Run dropout = train(setup, keep, training, test, progress, setup.steps());
        return new Result(plain, dropout, training, test);
    }

    /** n points on [−1, 1] (evenly spaced for training, random for testing) with y = sin(πx) + noise. */
    private static double[][] points(int n, double noise, Random random, boolean even) {
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = even ? -1 + 2.0 * i / (n - 1) : -1 + 2 * random.nextDouble();
            ys[i] = Math.sin(Math.PI * xs[i]) + noise * random.nextGaussian();
        }
        return new double[][] {xs, ys};
    }

    private static Run train(Setup setup, double keep, double[][] training, double[][] test, Progress progress,
                             int done) {
        MultiLayer net = new MultiLayer(setup.hidden(), new Random(setup.seed() + 1));
        Random coins = new Random(setup.seed() + 2);
        double[] trainLoss = new double[setup.steps() + 1];
        double[] testLoss = new double[setup.steps() + 1];
        List<DropoutMask[]> masks = new ArrayList<>();
        for (int step = 0; step <= setup.steps(); step++) {
            trainLoss[step] = net.loss(training);
            testLoss[step] = net.loss(test);
            if (step == setup.steps()) {
                break;
            }
            if (step % 100 == 0) {
                progress.checkCancelled();
                progress.update(done + step, 2.0 * setup.steps());
            }
            DropoutMask[] mask = keep < 1
                    ? new DropoutMask[] {DropoutMask.draw(setup.hidden(), keep, coins),
                            DropoutMask.draw(setup.hidden(), keep, coins)}
                    : new DropoutMask[] {DropoutMask.none(setup.hidden()), DropoutMask.none(setup.hidden())};
            if (keep < 1) {
                masks.add(mask);
            }
            net.step(training, mask, setup.rate());
        }
        return new Run(trainLoss, testLoss, masks);
    }
}
