package deepmath.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import deepmath.core.Progress;
import deepmath.data.Dataset;
import org.junit.jupiter.api.Test;

/**
 * The lemniscate ∪ ellipse presets (ch. 9, line 10808: four ReLU layers, stochastic descent from random weights, on
 * the book's grid of n × n = 200 × 200 = 40 000 points, line 10830) trained long with their own settings learn and
 * stay: the ReLU output must not die (F = 0 on every point, every point blue, 50 %, no gradient back) at the start
 * or after many epochs. An epoch is 4 000 steps of 10 points: 150 epochs are 600 000 steps.
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
    void thePresetsTrainOnTheBooksGridOf40000Points() {
        // line 10830: "On divise notre rectangle en une grille de n × n points [...] n = 200 [...] 40 000 points"
        for (String key : new String[] {"lemniscate-ellipse-3", "lemniscate-ellipse-20"}) {
            Dataset data = BookNetworks.byKey(key).data();
            assertEquals(40000, data.size(), key);
            double[] w = BackpropPresets.LEMNISCATE_WINDOW;
            // the grid's corners are the rectangle's, and its second point is one 199th of the width further
            assertEquals(w[0], data.input(0)[0], 1e-12);
            assertEquals(w[2], data.input(0)[1], 1e-12);
            assertEquals(w[0] + (w[1] - w[0]) / 199, data.input(1)[0], 1e-12);
            assertEquals(w[1], data.input(39999)[0], 1e-12);
            assertEquals(w[3], data.input(39999)[1], 1e-12);
        }
    }

    @Test
    void threeNeuronsALayerStartAliveAndKeepWhatTheyLearnOver150Epochs() {
        Preset preset = BookNetworks.byKey("lemniscate-ellipse-3");
        Network network = preset.freshNetwork();
        assertAlive(network, preset.data()); // with zero biases this network started dead: 50.7 % for ever
        double[] accuracy = train(preset, network, 150);
        double peak = 0;
        for (double a : accuracy) {
            peak = Math.max(peak, a);
        }
        assertTrue(peak >= 0.8, "37 weights learn the rough shape: peak " + peak); // 86.5 % measured
        for (int e = 20; e < accuracy.length; e++) {
            assertTrue(accuracy[e] >= peak - 0.03, "epoch " + (e + 1) + ": " + accuracy[e] + " below the peak " + peak);
        }
        assertAlive(network, preset.data());
    }

    @Test
    void twentyNeuronsALayerLearnTheTwoZonesInTenEpochs() {
        // the book: "on obtient une bonne approximation à partir de p = 20"; 97.5 % after 10 epochs measured
        Preset preset = BookNetworks.byKey("lemniscate-ellipse-20");
        Network network = preset.freshNetwork();
        assertAlive(network, preset.data());
        double[] accuracy = train(preset, network, 12);
        assertTrue(accuracy[9] > 0.96, "after 10 epochs: " + accuracy[9]);
        assertTrue(accuracy[11] > 0.96, "after 12 epochs: " + accuracy[11]);
        assertAlive(network, preset.data());
    }

    /** The long run (100 epochs, 400 000 steps, ~40 s): on demand, {@code -Ddeepmath.bookTraining=true}. */
    @Test
    @org.junit.jupiter.api.condition.EnabledIfSystemProperty(named = "deepmath.bookTraining", matches = "true")
    void twentyNeuronsALayerStayAbove98PercentOver100Epochs() {
        Preset preset = BookNetworks.byKey("lemniscate-ellipse-20");
        Network network = preset.freshNetwork();
        double[] accuracy = train(preset, network, 100);
        for (int e = 40; e < accuracy.length; e++) {
            assertTrue(accuracy[e] >= 0.98, "epoch " + (e + 1) + ": " + accuracy[e]); // 98.5–99.3 % measured
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
