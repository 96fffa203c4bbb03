package deepmath.digits;

import deepmath.core.Progress;
import deepmath.optim.Adam;
import deepmath.optim.Optimizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Mini-batch training (chapter 8): each epoch shuffles the training digits (seeded), and for each batch of B
 * digits one optimiser step is taken on the mean cross-entropy (1/B)·Σ −log p(label). The gradient of a
 * batch is split into contiguous chunks computed by separate workers and summed in chunk order.
 */
public final class DigitTrainer implements AutoCloseable {
    private final DigitNetwork network;
    private final DigitSet train;
    private final TrainingPlan plan;
    private final Optimizer optimizer;
    private final Random shuffle;
    private final DigitNetwork.GradientWorker[] workers;
    private final double[][] gradients;
    private final ExecutorService pool;
    private int epochsDone;

    /** Called after every mini-batch with the epoch (from 1), the batch index, the batch count and its mean loss. */
    @FunctionalInterface
    public interface BatchListener {
        void batchDone(int epoch, int batch, int batches, double meanLoss);
    }

    public DigitTrainer(DigitNetwork network, DigitSet train, TrainingPlan plan) {
        this(network, train, plan, new Adam(plan.learningRate()));
    }

    public DigitTrainer(DigitNetwork network, DigitSet train, TrainingPlan plan, Optimizer optimizer) {
        this.network = network;
        this.train = train;
        this.plan = plan;
        this.optimizer = optimizer;
        this.shuffle = new Random(plan.seed());
        int chunks = Math.min(plan.threads(), plan.batch());
        this.workers = new DigitNetwork.GradientWorker[chunks];
        this.gradients = new double[chunks][network.parameters().length];
        for (int c = 0; c < chunks; c++) {
            workers[c] = network.newWorker();
        }
        this.pool = chunks > 1 ? Executors.newFixedThreadPool(chunks - 1, daemon()) : null;
    }

    private static java.util.concurrent.ThreadFactory daemon() {
        return r -> {
            Thread t = new Thread(r, "digits-training");
            t.setDaemon(true);
            return t;
        };
    }

    public DigitNetwork network() {
        return network;
    }

    public int epochsDone() {
        return epochsDone;
    }

    /** One pass over the training digits; returns the mean loss of its batches. */
    public double epoch(Progress progress, BatchListener listener) {
        int epoch = ++epochsDone;
        int[] order = DigitSet.permutation(train.size(), shuffle);
        DigitSet digits = plan.maxShift() == 0 ? train : train.shifted(plan.maxShift(), plan.seed() * 31 + epoch);
        int batches = (train.size() + plan.batch() - 1) / plan.batch();
        double total = 0;
        for (int b = 0; b < batches; b++) {
            progress.checkCancelled();
            int from = b * plan.batch();
            int to = Math.min(train.size(), from + plan.batch());
            double loss = step(digits, order, from, to, dropoutSeed(epoch, b));
            total += loss;
            listener.batchDone(epoch, b, batches, loss);
            progress.update(b + 1, batches);
        }
        return total / batches;
    }

    private long dropoutSeed(int epoch, int batch) {
        return plan.seed() * 1_000_003L + epoch * 65_537L + batch * 17L;
    }

    /** One optimiser step on digits order[from..to); returns their mean loss. */
    private double step(DigitSet digits, int[] order, int from, int to, long seed) {
        double[] loss = new double[1];
        optimizer.step(network.parameters(), (at, out) -> loss[0] = batchGradient(digits, at, order, from, to, seed, out));
        return loss[0];
    }

    private double batchGradient(DigitSet digits, double[] at, int[] order, int from, int to, long seed, double[] out) {
        int chunks = workers.length;
        int size = to - from;
        List<Future<Double>> futures = new ArrayList<>();
        for (int c = 1; c < chunks; c++) {
            int cFrom = from + size * c / chunks;
            int cTo = from + size * (c + 1) / chunks;
            int chunk = c;
            futures.add(pool.submit(() -> chunkGradient(digits, chunk, at, order, cFrom, cTo, seed)));
        }
        double loss = chunkGradient(digits, 0, at, order, from, from + size / chunks, seed);
        try {
            for (Future<Double> f : futures) {
                loss += f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new deepmath.core.CancelledException();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
        double scale = 1.0 / size;
        double[] first = gradients[0];
        for (int i = 0; i < out.length; i++) {
            double sum = first[i];
            for (int c = 1; c < chunks; c++) {
                sum += gradients[c][i];
            }
            out[i] = sum * scale;
        }
        return loss * scale;
    }

    private double chunkGradient(DigitSet digits, int chunk, double[] at, int[] order, int from, int to, long seed) {
        double[] g = gradients[chunk];
        java.util.Arrays.fill(g, 0);
        double loss = 0;
        for (int i = from; i < to; i++) {
            loss += workers[chunk].add(at, digits, order[i], g, seed + i);
        }
        return loss;
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
