package deepmath.app.network;

import deepmath.core.CancelledException;
import deepmath.core.Progress;
import deepmath.data.Dataset;
import deepmath.nn.Evaluation;
import deepmath.nn.Network;
import deepmath.nn.StepReport;
import deepmath.nn.Trainer;
import deepmath.nn.TrainingSettings;
import java.util.function.Consumer;

/**
 * A training session behind the panel: a {@link Trainer} on a private copy of the shown network, used
 * either one step at a time on the FX thread or continuously by a background task; every access holds this
 * object's lock, so a Step pressed while a cancelled task finishes its epoch waits for it.
 */
final class TrainingRun {
    /** What the panel shows after some training: the weights, where training is, and how well it does. */
    record Snapshot(double[] parameters, int epoch, double trainLoss, double testLoss, double accuracy,
                    StepReport lastStep, double step, int steps, double testAccuracy) {
    }

    private static final long PUBLISH_EVERY_NANOS = 40_000_000L;

    private final Trainer trainer;
    private final Dataset.Split split;
    private final int firstEpoch;
    private final int firstSteps;
    private final java.util.function.IntFunction<String> epochText;

    /**
     * @param firstEpoch epochs trained before this run (the counter and the step's decay go on from there)
     * @param epochText  the status bar's "Epoch N", in the window's language
     */
    TrainingRun(Network shown, Dataset data, TrainingSettings settings, double testFraction, int firstEpoch,
                java.util.function.IntFunction<String> epochText) {
        this(shown, data, settings, testFraction, firstEpoch, 0, epochText);
    }

    /** @param firstSteps steps made before this run (the iterates' k goes on from there) */
    TrainingRun(Network shown, Dataset data, TrainingSettings settings, double testFraction, int firstEpoch,
                int firstSteps, java.util.function.IntFunction<String> epochText) {
        this.split = data.split(testFraction, settings.seed());
        this.trainer = new Trainer(shown.copy(), split.train(), split.test(), settings, firstEpoch);
        this.firstEpoch = firstEpoch;
        this.firstSteps = firstSteps;
        this.epochText = epochText;
    }

    synchronized Snapshot step() {
        StepReport report = trainer.step();
        return snapshot(report);
    }

    /** Trains epoch after epoch until cancelled, handing a snapshot to {@code publish} every 40 ms. */
    Void run(Progress progress, Consumer<Snapshot> publish) {
        long last = 0;
        StepReport report = null;
        while (true) {
            Snapshot snapshot = null;
            synchronized (this) {
                if (progress.isCancelled()) {
                    if (report != null) {
                        publish.accept(snapshot(report));
                    }
                    throw new CancelledException();
                }
                report = trainer.epoch(Progress.NONE);
                long now = System.nanoTime();
                if (now - last > PUBLISH_EVERY_NANOS) {
                    last = now;
                    snapshot = snapshot(report);
                }
            }
            if (snapshot != null) {
                progress.message(epochText.apply(snapshot.epoch()));
                publish.accept(snapshot);
            }
        }
    }

    private Snapshot snapshot(StepReport report) {
        boolean classes = split.train().isBinaryClassification() || trainer.network().outputs() > 1;
        return new Snapshot(trainer.network().parameters(), firstEpoch + trainer.epoch(), trainer.trainLoss(),
                trainer.testLoss(), classes ? Evaluation.accuracy(trainer.network(), split.train()) : Double.NaN, report,
                trainer.currentStep(), firstSteps + trainer.steps(), classes && !split.test().isEmpty()
                        ? Evaluation.accuracy(trainer.network(), split.test()) : Double.NaN);
    }
}
