package deepmath.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import deepmath.core.Progress;
import deepmath.data.Dataset;
import org.junit.jupiter.api.Test;

/**
 * The lemniscate ∪ ellipse presets (ch. 9, line 10808: four ReLU layers, stochastic descent from random weights)
 * trained long with their own settings learn and stay: the ReLU output must not die (F = 0 on every point, every
 * point blue, 50 %, no gradient back) at the start or after many epochs.
 */
class LemniscatePresetTest {

    /** Accuracies after each of {@code epochs} epochs of the preset's own training. */
    private static double[] train(Preset preset, Network network, int epochs) {
        Trainer trainer = new Trainer(network, preset.data(), Dataset.empty(2, 1), preset.training());
        double[] accuracy = new double[epochs];
        for (int e = 0; e < epochs; e++) {
            trainer.epoch(Progress.NONE);
            accuracy[e] = Evaluation.accuracy(network, preset.data());
        }
        return accuracy;
    }

    private static void assertAlive(Network network, Dataset data) {
        int positive = 0;
        for (int s = 0; s < data.size(); s++) {
            positive += network.output(data.input(s))[0] > 0 ? 1 : 0;
        }
        assertTrue(positive > data.size() / 4, "the ReLU output is alive on " + positive + " of " + data.size());
    }

    @Test
    void threeNeuronsALayerStartAliveAndKeepWhatTheyLearnOver1000Epochs() {
        Preset preset = BookNetworks.byKey("lemniscate-ellipse-3");
        Network network = preset.freshNetwork();
        assertAlive(network, preset.data()); // with zero biases this network started dead: 50.7 % for ever
        double[] accuracy = train(preset, network, 1000);
        double peak = 0;
        for (double a : accuracy) {
            peak = Math.max(peak, a);
        }
        assertTrue(peak >= 0.8, "37 weights learn the rough shape: peak " + peak);
        for (int e = 100; e < accuracy.length; e++) {
            assertTrue(accuracy[e] >= peak - 0.03, "epoch " + (e + 1) + ": " + accuracy[e] + " below the peak " + peak);
        }
        assertAlive(network, preset.data());
    }

    @Test
    void twentyNeuronsALayerLearnTheTwoZonesAndStayThere() {
        Preset preset = BookNetworks.byKey("lemniscate-ellipse-20");
        Network network = preset.freshNetwork();
        assertAlive(network, preset.data());
        double[] accuracy = train(preset, network, 120);
        assertTrue(accuracy[29] > 0.93, "after 30 epochs: " + accuracy[29]);
        for (int e = 60; e < accuracy.length; e++) {
            assertTrue(accuracy[e] >= 0.97, "epoch " + (e + 1) + ": " + accuracy[e]);
        }
        assertAlive(network, preset.data());
    }

    @Test
    void theStepIsLoweredAsTrainingGoes() {
        TrainingSettings settings = BookNetworks.byKey("lemniscate-ellipse-20").training();
        assertEquals(0.003, settings.stepAt(0), 1e-15);
        assertEquals(0.0015, settings.stepAt(10), 1e-15); // halved after τ = 10 epochs
        assertEquals(Loss.MSE, settings.loss());
        assertEquals(Activation.RELU, BookNetworks.byKey("lemniscate-ellipse-3").network().layer(3).activation());
    }
}
