package deepmath.sequential;

import deepmath.core.Progress;
import deepmath.nd.OneBlasThread;
import deepmath.optim.Optimizer;
import deepmath.sequential.data.Examples;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * keras's {@code fit}: mini-batch training (chapter 8) of a {@link SequentialNetwork}. Each epoch shuffles the
 * training examples (seeded by the seed and the epoch, so a resumed training shuffles as an uninterrupted one), and
 * each batch of B examples takes one optimiser step on the batch's mean loss. After each epoch the listener gets
 * the epoch's loss and accuracy and, when a validation fraction is set, those of the validation examples (the last
 * ones of the data, as keras's {@code validation_split}, never trained on).
 *
 * <p>{@link #cancel()} (any thread) stops between two batches; the weights keep what the unfinished epoch taught
 * them, but it is not counted. {@link #save} writes weights, optimiser state and epoch count atomically, and
 * {@link #resume} carries on from such a file as if never stopped.
 */
public final class Training implements AutoCloseable {
    private final SequentialNetwork network;
    private final Examples data;
    private final float[][] targets;
    private final int trainCount;
    private final TrainingConfig config;
    private final Optimizer optimizer;
    private final Chunks chunks;
    private final SequentialNetwork.Worker[] workers;
    private final double[][] gradients;
    private final double[] chunkLoss;
    private final int[] chunkCorrect;
    private final List<EpochReport> history = new ArrayList<>();
    private volatile boolean cancelled;
    private int epochsDone;

    public Training(SequentialNetwork network, Examples data, TrainingConfig config) {
        this.network = network;
        this.data = data;
        this.targets = Targets.of(network, data);
        int validation = (int) Math.floor(data.count() * config.validation());
        this.trainCount = data.count() - validation;
        if (trainCount < 1) {
            throw new deepmath.core.BadInputException(EngineProblem.TOO_FEW_FOR_VALIDATION, config.validation(),
                    data.count());
        }
        this.config = config;
        this.optimizer = config.optimizer().create(config.learningRate(), TrainingConfig.MOMENTUM);
        int threads = Math.min(config.threads(), config.batch());
        this.chunks = new Chunks(threads);
        this.workers = new SequentialNetwork.Worker[threads];
        this.gradients = new double[threads][network.parameters().length];
        this.chunkLoss = new double[threads];
        this.chunkCorrect = new int[threads];
        for (int c = 0; c < threads; c++) {
            workers[c] = network.newWorker(true);  // float32 convolution products: twice the BLAS's speed
        }
    }

    /** Carries on the training saved in {@code file} (its model, weights, settings, optimiser state, epochs). */
    public static Training resume(Path file, Examples data, int threads) throws IOException {
        ModelFile.Saved saved = ModelFile.read(file);
        TrainingConfig config = saved.config().withThreads(threads);
        Training t = new Training(saved.network(), data, config);
        t.optimizer.restore(saved.optimizerState());
        t.epochsDone = saved.epoch();
        t.history.addAll(saved.history());
        return t;
    }

    public SequentialNetwork network() {
        return network;
    }

    public TrainingConfig config() {
        return config;
    }

    public int epochsDone() {
        return epochsDone;
    }

    /** Every finished epoch's report, resumed ones included. */
    public List<EpochReport> history() {
        return List.copyOf(history);
    }

    /** Asks the training to stop before its next batch. */
    public void cancel() {
        cancelled = true;
    }

    public boolean cancelled() {
        return cancelled;
    }

    /** Trains {@code epochs} more epochs (fewer if cancelled) and returns their reports. */
    public List<EpochReport> fit(int epochs, TrainingListener listener) {
        return fit(epochs, listener, Progress.NONE);
    }

    /** As {@link #fit(int, TrainingListener)}, reporting batches to {@code progress}, which may cancel too. */
    public List<EpochReport> fit(int epochs, TrainingListener listener, Progress progress) {
        if (epochs < 1 || epochs > 100_000) {
            throw new deepmath.core.BadInputException(EngineProblem.EPOCHS, epochs);
        }
        List<EpochReport> reports = new ArrayList<>();
        // several training threads already take the cores, each with its own chunk's products: OpenBLAS on one
        // thread runs each chunk product whole on its caller (OpenBLAS's own threads, called from two training
        // threads at once, waited for each other: an epoch of the ch. 14 CNN three times slower); one training
        // thread keeps OpenBLAS's threads for its products
        try (OneBlasThread scope = chunks.count() > 1 ? OneBlasThread.open() : null) {
            for (int e = 0; e < epochs && !stopped(progress); e++) {
                EpochReport report = epoch(listener, progress, e, epochs);
                if (report == null) {
                    break;
                }
                reports.add(report);
            }
        }
        return reports;
    }

    private boolean stopped(Progress progress) {
        if (progress.isCancelled()) {
            cancelled = true;
        }
        return cancelled;
    }

    /** One epoch; null when cancelled before its end. */
    private EpochReport epoch(TrainingListener listener, Progress progress, int done, int planned) {
        int epoch = epochsDone + 1;
        int[] order = permutation(trainCount, new Random(config.seed() * 1_000_003L + epoch));
        int batches = (trainCount + config.batch() - 1) / config.batch();
        double lossSum = 0;
        long correct = 0;
        for (int b = 0; b < batches; b++) {
            if (stopped(progress)) {
                return null;
            }
            int from = b * config.batch();
            int to = Math.min(trainCount, from + config.batch());
            double[] step = new double[2];
            optimizer.step(network.parameters(), (at, out) -> batchGradient(at, order, from, to, epoch, out, step));
            lossSum += step[0];
            correct += (long) step[1];
            listener.batchDone(epoch, b, batches, step[0] / (to - from));
            progress.update(done * batches + b + 1, (double) planned * batches);
        }
        boolean classes = data.isClassification();
        double valLoss = Double.NaN;
        double valAccuracy = Double.NaN;
        if (trainCount < data.count()) {
            ModelEvaluation v = evaluate(trainCount, data.count());
            valLoss = v.loss();
            valAccuracy = v.accuracy();
        }
        EpochReport report = new EpochReport(epoch, lossSum / trainCount,
                classes ? (double) correct / trainCount : Double.NaN, valLoss, valAccuracy);
        epochsDone = epoch;
        history.add(report);
        listener.epochDone(report);
        return report;
    }

    /** The mean gradient of examples order[from..to) into {@code out}; step[0] += their loss, step[1] += right. */
    private void batchGradient(double[] at, int[] order, int from, int to, int epoch, double[] out, double[] step) {
        boolean classes = data.isClassification();
        chunks.run(from, to, (c, cFrom, cTo) -> {
            double[] g = gradients[c];
            java.util.Arrays.fill(g, 0);
            int n = cTo - cFrom;
            float[][] xs = new float[n][];
            float[][] ts = new float[n][];
            long[] seeds = new long[n];
            for (int i = cFrom; i < cTo; i++) {
                int s = order[i];
                xs[i - cFrom] = data.inputs()[s];
                ts[i - cFrom] = targets[s];
                seeds[i - cFrom] = (config.seed() * 1_000_003L + epoch * 65_537L + i * 17L) & Long.MAX_VALUE;
            }
            // the whole chunk through each layer at once: one product per chunk for the dense layers (issue 19)
            double loss = n == 0 ? 0 : workers[c].gradients(at, xs, ts, n, config.loss(), g, seeds);
            int right = 0;
            for (int b = 0; classes && b < n; b++) {
                if (Targets.predicted(workers[c].batchOutput(b)) == Targets.label(ts[b])) {
                    right++;
                }
            }
            chunkLoss[c] = loss;
            chunkCorrect[c] = right;
        });
        double scale = 1.0 / (to - from);
        double[] first = gradients[0];
        for (int i = 0; i < out.length; i++) {
            double sum = first[i];
            for (int c = 1; c < gradients.length; c++) {
                sum += gradients[c][i];
            }
            out[i] = sum * scale;
        }
        for (int c = 0; c < gradients.length; c++) {
            step[0] += chunkLoss[c];
            step[1] += chunkCorrect[c];
        }
    }

    /** Loss, accuracy and confusion matrix on the validation examples, shared among the training's threads. */
    public ModelEvaluation validation() {
        return trainCount < data.count() ? evaluate(trainCount, data.count()) : null;
    }

    private ModelEvaluation evaluate(int from, int to) {
        return ModelEvaluation.of(network, data, targets, from, to, config.loss(), chunks, workers);
    }

    /** Writes the model, its weights, the settings, the optimiser's memory and the epochs done, atomically. */
    public void save(Path file, com.fasterxml.jackson.databind.node.ObjectNode notes) throws IOException {
        ModelFile.write(file, new ModelFile.Saved(network, config, epochsDone, optimizer.state(), history), notes);
    }

    static int[] permutation(int n, Random random) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }

    @Override
    public void close() {
        chunks.close();
    }
}
