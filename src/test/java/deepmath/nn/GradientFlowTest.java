package deepmath.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import deepmath.data.Dataset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A Heaviside network is flagged as untrainable, because its gradient really is 0; σ in its place learns. */
class GradientFlowTest {

    private static double[] gradient(Network network, Dataset data) {
        Backpropagation backprop = new Backpropagation(network, Loss.MSE, Regularization.NONE, 0);
        int[] all = new int[data.size()];
        for (int s = 0; s < all.length; s++) {
            all[s] = s;
        }
        double[] g = new double[network.parameterCount()];
        backprop.lossAndGradient(data.inputsView(), data.targetsView(), all, g);
        return g;
    }

    @Test
    void theHeavisideTriangleIsFlaggedAndItsGradientIsZero() {
        Preset triangle = BookNetworks.byKey("triangle");
        Network network = triangle.freshNetwork();
        assertEquals(List.of(0, 1), GradientFlow.stuckLayers(network));
        assertFalse(GradientFlow.canLearn(network));
        // the flag is not a guess: backpropagation through H gives exactly 0 for every weight and bias
        // (the triangle's own points are all classified right, so perturb the targets to have an error)
        Dataset data = triangle.data();
        double[][] flipped = new double[data.size()][];
        for (int s = 0; s < data.size(); s++) {
            flipped[s] = new double[] {1 - data.targetsView()[s][0]};
        }
        Dataset wrong = new Dataset(data.inputsView(), flipped);
        assertArrayEquals(new double[network.parameterCount()], gradient(network, wrong));
    }

    @Test
    void switchingToSigmoidKeepsTheWeightsAndLetsTheGradientFlow() {
        Preset triangle = BookNetworks.byKey("triangle");
        Network network = triangle.freshNetwork();
        Network smooth = GradientFlow.withSigmoidForSteps(network);
        assertTrue(GradientFlow.canLearn(smooth));
        assertEquals(Activation.HEAVISIDE, network.layer(0).activation(), "the original is left alone");
        assertEquals(Activation.SIGMOID, smooth.layer(0).activation());
        assertEquals(Activation.SIGMOID, smooth.layer(1).activation());
        assertArrayEquals(network.parameters(), smooth.parameters());
        double[] g = gradient(smooth, triangle.data());
        double norm = 0;
        for (double v : g) {
            norm += v * v;
        }
        assertTrue(norm > 1e-8, "σ passes a gradient back: |g|² = " + norm);
        assertTrue(GradientFlow.canLearn(BookNetworks.byKey("spirals").network()));
        assertEquals(List.of(), GradientFlow.stuckLayers(BookNetworks.byKey("triangle-tanh").network()));
    }
}
