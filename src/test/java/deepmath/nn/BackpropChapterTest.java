package deepmath.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import deepmath.core.BadInputException;
import deepmath.core.Progress;
import deepmath.data.Dataset;
import org.junit.jupiter.api.Test;

/** The examples of chapter 9 after the σ neuron and XOR, against the book's numbers at their lines. */
class BackpropChapterTest {

    @Test
    void theStepFunctionOfLine10735ReachesTheBooksP5000() {
        Preset preset = BookNetworks.byKey("step-learning");
        Dataset data = preset.data();
        assertEquals(30, data.size()); // N = 30
        assertEquals(0, data.input(0)[0], 1e-12);
        assertEquals(2, data.input(9)[0], 1e-12); // ten points evenly spaced on [0, 2]
        assertEquals(3, data.input(10)[0], 1e-12);
        assertEquals(1, data.target(15)[0]); // red on [3, 5]
        assertEquals(8, data.input(29)[0], 1e-12);
        Network network = preset.freshNetwork();
        // P0 = (a1, …, a7) = (0.0, 1.0, 0.0, −1.0, 1.0, 1.0, −1.0): weight then bias, neuron by neuron
        assertArrayEquals(new double[] {0, 1, 0, -1, 1, 1, -1}, book(network));
        Trainer trainer = new Trainer(network, data, Dataset.empty(1, 1), preset.training());
        for (int k = 0; k < 5000; k++) {
            trainer.step(); // a batch of 30 is the whole set: one step is one iteration of the book
        }
        assertArrayEquals(new double[] {-2.0142, 10.9964, 3.0543, -7.7086, 8.2334, 7.8735, -11.9037}, book(network),
                1e-3); // P5000
        assertTrue(network.output(4)[0] > 0.9);
        assertTrue(network.output(1)[0] < 0.1 && network.output(7)[0] < 0.1);
    }

    /** (a1, …, a7) of the book's 1-2-1 network: each hidden neuron's weight and bias, then the output's. */
    private static double[] book(Network n) {
        Layer h = n.layer(0);
        Layer o = n.layer(1);
        return new double[] {h.weight(0, 0), h.bias(0), h.weight(1, 0), h.bias(1), o.weight(0, 0), o.weight(0, 1),
                o.bias(0)};
    }

    @Test
    void theLemniscateAndEllipseOfLine10808AreRedWhereTheProductIsNegative() {
        // on the curves f = 0; (0, 0) is on the lemniscate, (2, 0) its tip; (0.5 + √2, 1/3) on the ellipse
        assertEquals(0, BackpropPresets.lemniscateEllipse(0, 0), 1e-12);
        assertEquals(0, BackpropPresets.lemniscateEllipse(2, 0), 1e-12);
        assertEquals(0, BackpropPresets.lemniscateEllipse(0.5 + Math.sqrt(2), 1.0 / 3), 1e-12);
        // (1, 0): inside the lemniscate (1 − 4 < 0) and inside the ellipse (0.25 + 4/9 − 2 < 0): blue (f > 0)
        assertTrue(BackpropPresets.lemniscateEllipse(1, 0) > 0);
        // (−1, 0): inside the lemniscate, outside the ellipse (2.25 + 4/9 − 2 > 0): red
        assertTrue(BackpropPresets.lemniscateEllipse(-1, 0) < 0);
        // (0.5, 0.9): outside the lemniscate, inside the ellipse: red; (0, 1.05): outside both: blue
        assertTrue(BackpropPresets.lemniscateEllipse(0.5, 0.9) < 0);
        assertTrue(BackpropPresets.lemniscateEllipse(0, 1.05) > 0);
        // the book's rectangle is chosen so that red and blue are about equal: on the book's 200 × 200 grid
        Dataset grid = BackpropPresets.lemniscateGrid(200);
        assertEquals(40000, grid.size());
        double red = 0;
        for (int s = 0; s < grid.size(); s++) {
            red += grid.target(s)[0];
        }
        assertEquals(0.5, red / grid.size(), 0.01);
        assertEquals(37, BookNetworks.byKey("lemniscate-ellipse-3").network().parameterCount()); // p = 3: 37 weights
        assertEquals(921, BookNetworks.byKey("lemniscate-ellipse-20").network().parameterCount()); // p = 20: 921
        Network p20 = BookNetworks.byKey("lemniscate-ellipse-20").network();
        int neurons = 0;
        for (Layer layer : p20.layers()) {
            neurons += layer.neurons();
            assertEquals(Activation.RELU, layer.activation());
        }
        assertEquals(61, neurons); // "p = 20, 61 neurones"
    }

    @Test
    void theLemniscatePresetLearnsWithTwentyNeuronsALayer() {
        Preset preset = BookNetworks.byKey("lemniscate-ellipse-20");
        Network network = preset.freshNetwork();
        Trainer trainer = new Trainer(network, preset.data(), Dataset.empty(2, 1), preset.training());
        double before = Evaluation.accuracy(network, preset.data());
        for (int e = 0; e < 5; e++) { // 5 epochs of the book's 40 000 points: 20 000 steps
            trainer.epoch(Progress.NONE);
        }
        double after = Evaluation.accuracy(network, preset.data());
        assertTrue(after > 0.9 && after > before + 0.2, before + " → " + after);
    }

    @Test
    void hebbsRuleOfLine10650ChangesTheWeightsOnlyOnAMistakeAndLearnsAnd() {
        Preset preset = BookNetworks.byKey("hebb-and");
        Network network = preset.freshNetwork();
        PerceptronRule rule = new PerceptronRule(network, preset.data(), preset.training().learningRate());
        // X1 = (0, 0, 1), z = 0, P0 = 0: H̃(0) = 1, wrong, so P1 = P0 − 2δX = (0, 0, −1) with δ = 1/2
        PerceptronRule.Presentation first = rule.next();
        assertEquals(1, first.predicted());
        assertEquals(0, first.target());
        assertArrayEquals(new double[] {0, 0, -1}, first.after());
        // (1, 0): H̃(−1) = 0 = z: nothing changes
        PerceptronRule.Presentation second = rule.next();
        assertFalse(second.mistaken());
        assertArrayEquals(new double[] {0, 0, 0}, second.change());
        rule.next(); // (0, 1): right too
        // (1, 1): H̃(−1) = 0 but z = 1: P + 2δX = (1, 1, 0)
        assertArrayEquals(new double[] {1, 1, 0}, rule.next().after());
        int presented = 4;
        while (!rule.converged() && presented < 400) {
            rule.next();
            presented++;
        }
        assertTrue(rule.converged(), "the perceptron rule separates AND (it is linearly separable)");
        assertEquals(1.0, Evaluation.accuracy(network, preset.data()));
        assertEquals(network.layer(0).bias(0), rule.next().before()[2]);
    }

    @Test
    void hebbsRuleNeverSettlesOnXorAndRefusesANetworkOfTwoLayers() {
        Preset xor = BookNetworks.byKey("xor-learning");
        Network one = new Network(2, java.util.List.of(Layer.zeros(Activation.HEAVISIDE, 2, 1)));
        PerceptronRule rule = new PerceptronRule(one, xor.data(), 0.5);
        for (int k = 0; k < 400; k++) {
            rule.next();
        }
        assertFalse(rule.converged()); // XOR is not linearly separable (ch. 5, line 4317)
        assertThrows(BadInputException.class, () -> new PerceptronRule(xor.freshNetwork(), xor.data(), 0.5));
    }

    @Test
    void theErrorOfLine11047HasALocalMinimumAtMinusOneThatTrapsTheDescent() {
        Preset preset = BookNetworks.byKey("local-minimum");
        Network network = preset.freshNetwork();
        assertEquals(-1, network.layer(0).bias(0)); // the bias held at −1
        ErrorProfile e = new ErrorProfile(network, preset.data(), 0);
        assertEquals(2, e.current()); // the book's picture of F, a = +2
        assertEquals(4, e.error(-1), 1e-12); // local minimum
        assertEquals(1, e.error(1), 1e-12); // global minimum
        assertEquals(5, e.error(0), 1e-12); // the constant part, on [−1/2, 1/3]
        assertEquals(5, e.error(-0.5), 1e-12);
        assertEquals(5, e.error(1.0 / 3), 1e-12);
        assertEquals(11, e.error(2), 1e-12);
        // E'(a) by backpropagation against the formula: near 1, E = (a − 1)² + (3a − 3)² for a > 1, E′ = 20(a − 1)
        assertEquals(20 * 0.5, e.slope(1.5), 1e-12);
        // near −1 (a < −1): E = (−2a − 2)² + (−a − 1)², E′ = 10(a + 1)
        assertEquals(10 * -0.5, e.slope(-1.5), 1e-12);
        double step = preset.training().learningRate();
        double fromLeft = -2;
        double fromRight = 2;
        for (int k = 0; k < 200; k++) {
            fromLeft = e.descend(fromLeft, step);
            fromRight = e.descend(fromRight, step);
        }
        assertEquals(-1, fromLeft, 1e-6); // trapped
        assertEquals(1, fromRight, 1e-6);
        double stuck = e.descend(-0.25, step); // on the flat part the slope is 0: the descent does not move
        assertEquals(-0.25, stuck, 1e-15);
    }

    @Test
    void theBlackSquaresOfLine10900() {
        Dataset all = BlackSquares.configurations(20);
        assertEquals(1140, all.size()); // N = n(n − 1)(n − 2)/6
        double[] eight = new double[8];
        eight[1] = 1;
        eight[3] = 1;
        eight[6] = 1; // the book's picture: n = 8, height 6
        assertEquals(6, BlackSquares.height(eight));
        for (int s = 0; s < all.size(); s++) {
            assertEquals(BlackSquares.height(all.input(s)), all.target(s)[0]);
        }
        assertEquals(79, BlackSquares.network(20, 3, 1).parameterCount()); // the table: p = 3, 79 weights
        assertEquals(331, BlackSquares.network(20, 10, 1).parameterCount());
        assertEquals(861, BlackSquares.network(20, 20, 1).parameterCount());
        // p = 20: the book's over-fitting, 100 % on the training half and clearly less on the unseen half (85 %)
        BlackSquares.Score score = BlackSquares.trainAndScore(20, 300, 1, Progress.NONE);
        assertEquals(570, score.trainTotal());
        assertEquals(570, score.testTotal());
        assertEquals(41, score.neurons()); // the table: p = 20, 41 neurons
        assertTrue(score.trainShare() > 0.98, "train " + score.trainShare());
        assertTrue(score.testShare() < score.trainShare() - 0.1, score.toString());
        assertTrue(score.testError() > 5 * score.trainError(), score.toString());
    }
}
