package deepmath.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import deepmath.core.Progress;
import deepmath.data.Dataset;
import org.junit.jupiter.api.Test;

/**
 * The two-spirals preset trained with its own suggested settings converges and stays there: the user who
 * presses Play and waits must not watch the accuracy reach 94 % and then fall back to 85 %.
 */
class SpiralsPresetTest {
    private static final int EPOCHS = 1500;

    @Test
    void theSpiralsPresetReachesItsPeakAndKeepsItOverTheLaterEpochs() {
        Preset preset = BookNetworks.byKey("spirals");
        Network network = preset.freshNetwork();
        Trainer trainer = new Trainer(network, preset.data(), Dataset.empty(2, 1), preset.training());
        double[] accuracy = new double[EPOCHS];
        double peak = 0;
        for (int e = 0; e < EPOCHS; e++) {
            trainer.epoch(Progress.NONE);
            accuracy[e] = Evaluation.accuracy(network, preset.data());
            peak = Math.max(peak, accuracy[e]);
        }
        assertTrue(peak >= 0.97, "the spirals are learnt: peak " + peak);
        for (int e = EPOCHS / 3; e < EPOCHS; e++) {
            assertTrue(accuracy[e] >= peak - 0.02,
                    "epoch " + (e + 1) + ": accuracy " + accuracy[e] + " fell below the peak " + peak + " − 2 points");
        }
    }

    @Test
    void theStepIsLoweredAsTrainingGoesAndResumesWhereARunStopped() {
        TrainingSettings settings = BookNetworks.byKey("spirals").training();
        assertEquals(0.1, settings.stepAt(0), 1e-15);
        assertEquals(0.05, settings.stepAt(20), 1e-15); // halved after τ = 20 epochs
        assertEquals(0.1 / 6, settings.stepAt(100), 1e-15);
        Preset preset = BookNetworks.byKey("spirals");
        Trainer resumed = new Trainer(preset.freshNetwork(), preset.data(), Dataset.empty(2, 1), settings, 100);
        assertEquals(0.1 / 6, resumed.currentStep(), 1e-15);
        resumed.epoch(Progress.NONE);
        assertEquals(0.1 / (1 + 101 / 20.0), resumed.currentStep(), 1e-15);
        assertEquals(0.3, TrainingSettings.defaults().withLearningRate(0.3).stepAt(1000), 1e-15, "0: constant step");
    }
}
