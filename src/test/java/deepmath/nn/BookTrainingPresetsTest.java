package deepmath.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import deepmath.core.Progress;
import deepmath.data.Dataset;
import org.junit.jupiter.api.Test;

/** The two trainings of chapter 9 from the book's starting weights, against the book's tables. */
class BookTrainingPresetsTest {

    private static Trainer trainer(Preset preset, Network network) {
        return new Trainer(network, preset.data(), Dataset.empty(2, 1), preset.training());
    }

    private static double[] weights(Network n) {
        // (a, b, c) of a one-neuron network, or the book's (a1, …, a9) of the 2-2-1 network
        double[] p = new double[n.layers().size() == 1 ? 3 : 9];
        int k = 0;
        for (Layer layer : n.layers()) {
            for (int i = 0; i < layer.neurons(); i++) {
                for (int j = 0; j < layer.inputs(); j++) {
                    p[k++] = layer.weight(i, j);
                }
                p[k++] = layer.bias(i);
            }
        }
        return p;
    }

    @Test
    void theSigmaNeuronOnTwentyPointsFollowsTheTableOfLine10450() {
        Preset preset = BookNetworks.byKey("sigmoid-neuron-20");
        assertEquals(10257, preset.book().line());
        assertEquals(20, preset.data().size());
        Network network = preset.freshNetwork();
        assertArrayEquals(new double[] {0, 1, -2}, weights(network)); // P0 = (0, 1, −2)
        Trainer trainer = trainer(preset, network);
        assertEquals(0.450, trainer.trainLoss(), 1e-3); // E(P0)
        StepReport first = trainer.step();
        assertArrayEquals(new double[] {-0.077, 0.192, 0.005}, first.gradient(), 1e-3); // three decimals
        assertArrayEquals(new double[] {0.077, 0.807, -2.005}, weights(network), 1e-3); // P1
        assertEquals(0.404, trainer.trainLoss(), 1e-3); // the book truncates to three decimals
        for (int k = 1; k < 1000; k++) {
            trainer.epoch(Progress.NONE);
        }
        assertArrayEquals(new double[] {2.032, -3.860, 3.703}, weights(network), 5e-3); // P1000
        assertEquals(0.071, trainer.trainLoss(), 1e-3);
        assertEquals(0.0003, network.output(new double[] {0, 3})[0], 1e-4); // F(0, 3)
        assertEquals(0.86, network.output(new double[] {1, 1})[0], 1e-2); // two decimals, truncated
        assertEquals(0.56, network.output(new double[] {4, 3})[0], 1e-2);
    }

    @Test
    void xorFromTheBooksStartingWeightsFollowsLine10546() {
        Preset preset = BookNetworks.byKey("xor-learning");
        Network network = preset.freshNetwork();
        assertArrayEquals(new double[] {1, 2, -3, -3, -2, 1, 1, 1, -1}, weights(network)); // P0
        Trainer trainer = trainer(preset, network);
        assertEquals(0.2961, trainer.trainLoss(), 1e-4); // E(P0)
        trainer.step();
        assertArrayEquals(new double[] {0.9965, 2.0030, -2.9916, -2.9930, -1.9864, 1.0104, 1.0032, 0.9874, -0.9532},
                weights(network), 1e-4); // P1
        assertEquals(0.2935, trainer.trainLoss(), 1e-4);
        trainer.step();
        assertEquals(0.2911, trainer.trainLoss(), 1e-4); // E(P2)
        for (int k = 2; k < 1000; k++) {
            trainer.epoch(Progress.NONE);
        }
        assertEquals(0.0097, trainer.trainLoss(), 2e-4); // E(P1000)
        assertEquals(0.08, network.output(new double[] {0, 0})[0], 5e-3);
        assertEquals(0.10, network.output(new double[] {1, 1})[0], 1e-2);
        assertEquals(0.89, network.output(new double[] {1, 0})[0], 1e-2);
        assertEquals(0.89, network.output(new double[] {0, 1})[0], 1e-2);
        assertEquals(0.87, network.output(new double[] {0.2, 0.9})[0], 1e-2);
    }
}
