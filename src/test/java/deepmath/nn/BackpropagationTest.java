package deepmath.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Backpropagation's per-weight gradients against central finite differences of the loss. */
class BackpropagationTest {

    private static Network random(int inputs, int[] sizes, Activation[] phis, long seed) {
        List<Layer> layers = new java.util.ArrayList<>();
        int in = inputs;
        for (int l = 0; l < sizes.length; l++) {
            layers.add(Layer.zeros(phis[l], in, sizes[l]));
            in = sizes[l];
        }
        Network network = new Network(inputs, layers);
        Random random = new Random(seed);
        double[] p = network.parameters();
        for (int i = 0; i < p.length; i++) {
            p[i] = random.nextGaussian();
        }
        network.setParameters(p);
        return network;
    }

    private static void check(Network network, Loss loss, Regularization reg, double lambda, double[][] x,
                              double[][] t) {
        int[] batch = new int[x.length];
        for (int i = 0; i < batch.length; i++) {
            batch[i] = i;
        }
        Backpropagation backprop = new Backpropagation(network, loss, reg, lambda);
        double[] gradient = new double[network.parameterCount()];
        double value = backprop.lossAndGradient(x, t, batch, gradient);
        double[] p = network.parameters();
        double[] scratch = new double[gradient.length];
        double h = 1e-6;
        for (int k = 0; k < p.length; k++) {
            double saved = p[k];
            p[k] = saved + h;
            network.setParameters(p);
            double plus = backprop.lossAndGradient(x, t, batch, scratch);
            p[k] = saved - h;
            network.setParameters(p);
            double minus = backprop.lossAndGradient(x, t, batch, scratch);
            p[k] = saved;
            network.setParameters(p);
            double numeric = (plus - minus) / (2 * h);
            assertEquals(numeric, gradient[k], 1e-6 * Math.max(1, Math.abs(numeric)),
                    loss + " " + network.shape() + " parameter " + k + " " + java.util.Arrays.toString(network.parameterAt(k)));
        }
        assertEquals(value, backprop.lossAndGradient(x, t, batch, scratch), 1e-15, "the loss does not depend on the call");
    }

    private static double[][] points(int n, int dim, long seed) {
        Random random = new Random(seed);
        double[][] x = new double[n][dim];
        for (double[] row : x) {
            for (int j = 0; j < dim; j++) {
                row[j] = 2 * random.nextDouble() - 1;
            }
        }
        return x;
    }

    @Test
    void meanSquaredErrorThroughTanhSigmoidAndGeluLayers() {
        Network network = random(2, new int[] {4, 3, 1},
                new Activation[] {Activation.TANH, Activation.GELU, Activation.SIGMOID}, 1);
        double[][] x = points(6, 2, 2);
        double[][] t = {{0}, {1}, {1}, {0}, {0.5}, {1}};
        check(network, Loss.MSE, Regularization.NONE, 0, x, t);
        check(network, Loss.MSE, Regularization.L2, 0.01, x, t);
    }

    @Test
    void binaryCrossEntropyWithASigmoidOutputAndL1() {
        Network network = random(3, new int[] {5, 1}, new Activation[] {Activation.TANH, Activation.SIGMOID}, 3);
        check(network, Loss.BINARY_CROSS_ENTROPY, Regularization.L1, 0.003, points(5, 3, 4),
                new double[][] {{0}, {1}, {1}, {0}, {1}});
    }

    @Test
    void binaryCrossEntropyWithoutTheSigmoidShortcutUsesTheLongForm() {
        Network network = random(2, new int[] {3, 1}, new Activation[] {Activation.TANH, Activation.TANH}, 5);
        double[] p = network.parameters();
        for (int i = 0; i < p.length; i++) {
            p[i] *= 0.3; // keep tanh's output inside (0, 1) for the logarithms on most points
        }
        network.setParameters(p);
        double[][] x = points(4, 2, 6);
        double[][] t = new double[4][];
        for (int s = 0; s < 4; s++) {
            double out = network.output(x[s])[0];
            t[s] = new double[] {out > 0 ? 1 : 0};
        }
        check(network, Loss.MSE, Regularization.NONE, 0, x, t);
    }

    @Test
    void categoricalCrossEntropyWithSoftmaxAndTheGeneralSoftmaxJacobian() {
        Network network = random(2, new int[] {4, 3}, new Activation[] {Activation.RELU, Activation.SOFTMAX}, 7);
        double[][] x = points(5, 2, 8);
        double[][] t = {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}, {0, 1, 0}, {1, 0, 0}};
        check(network, Loss.CATEGORICAL_CROSS_ENTROPY, Regularization.NONE, 0, x, t);
        check(network, Loss.MSE, Regularization.NONE, 0, x, t); // softmax without its shortcut
    }

    @Test
    void meanAbsoluteErrorOnARegressionNetwork() {
        Network network = random(1, new int[] {6, 2}, new Activation[] {Activation.SIGMOID, Activation.IDENTITY}, 9);
        check(network, Loss.MAE, Regularization.NONE, 0, points(7, 1, 10),
                new double[][] {{3, 1}, {-2, 0}, {1, 1}, {0, 5}, {4, 4}, {-1, 2}, {2, -3}});
    }

    @Test
    void aSingleLinearNeuronGivesTheBooksRegressionGradient() {
        // E(a, b) = mean (a·x + b − y)² ; ∂E/∂a = mean 2(a x + b − y) x, ∂E/∂b = mean 2(a x + b − y)
        Network line = new Network(1, List.of(new Layer(Activation.IDENTITY, new double[][] {{2}}, new double[] {1})));
        double[][] x = {{0}, {1}, {2}};
        double[][] y = {{1}, {2}, {4}};
        double[] g = new double[2];
        double e = new Backpropagation(line, Loss.MSE, Regularization.NONE, 0).lossAndGradient(x, y, new int[] {0, 1, 2}, g);
        // residuals: 0, 1, 1
        assertEquals(2.0 / 3, e, 1e-15);
        assertEquals((0 + 2 * 1 * 1 + 2 * 1 * 2) / 3.0, g[0], 1e-15);
        assertEquals((0 + 2 + 2) / 3.0, g[1], 1e-15);
    }
}
