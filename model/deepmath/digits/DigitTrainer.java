package deepmath.digits;

import deepmath.core.CancelledException;
import deepmath.core.Progress;
import deepmath.optim.OptimizerKind;
import deepmath.sequential.EpochReport;
import deepmath.sequential.Training;
import deepmath.sequential.TrainingListener;
import deepmath.sequential.data.Examples;
import deepmath.sequential.data.MnistSource;
import java.util.List;

/**
 * A digit network trained by the sequential engine's {@link Training} (mini-batches, optimiser, threads), epoch by
 * epoch, with the lab's one addition: each epoch can train on the digits moved by a fresh random shift (data
 * augmentation). The shifted digits are written into the examples' own arrays before the epoch, since the
 * engine reads its examples at every batch; the engine's shuffles and dropout masks follow its epoch count, so
 * epochs run one at a time train as one longer fit.
 */
public final class DigitTrainer implements AutoCloseable {
    private final DigitSet train;
    private final TrainingPlan plan;
    private final Examples examples;
    private final Training training;

    /** Called after every mini-batch with the epoch (from 1), the batch index, the batch count and its mean loss. */
    @FunctionalInterface
    public interface BatchListener {
        void batchDone(int epoch, int batch, int batches, double meanLoss);
    }

    /** Adam, as the book trains its networks. */
    public DigitTrainer(DigitNetwork network, DigitSet train, TrainingPlan plan) {
        this(network, train, plan, OptimizerKind.ADAM);
    }

    public DigitTrainer(DigitNetwork network, DigitSet train, TrainingPlan plan, OptimizerKind optimizer) {
        this.train = train;
        this.plan = plan;
        this.examples = MnistSource.of("digits", train);
        this.training = new Training(network.engine(), examples, plan.config(optimizer));
    }

    public int epochsDone() {
        return training.epochsDone();
    }

    /** One pass over the training digits; returns its mean loss. Throws {@link CancelledException} when stopped. */
    public double epoch(Progress progress, BatchListener listener) {
        int epoch = training.epochsDone() + 1;
        if (plan.maxShift() > 0) {
            float[] shifted = train.shiftedPixels(plan.maxShift(), plan.seed() * 31 + epoch);
            float[][] inputs = examples.inputs();
            for (int s = 0; s < inputs.length; s++) {
                System.arraycopy(shifted, s * DigitSet.PIXELS, inputs[s], 0, DigitSet.PIXELS);
            }
        }
        List<EpochReport> done = training.fit(1, new TrainingListener() {
            @Override
            public void epochDone(EpochReport report) {
            }

            @Override
            public void batchDone(int e, int batch, int batches, double loss) {
                listener.batchDone(e, batch, batches, loss);
            }
        }, progress);
        if (done.isEmpty()) {
            throw new CancelledException();
        }
        return done.get(0).loss();
    }

    @Override
    public void close() {
        training.close();
    }
}
