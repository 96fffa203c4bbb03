package deepmath.nn;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether backpropagation can move a network at all. Through a Heaviside layer the derivative H' is 0
 * wherever it is defined, so every gradient of the weights before it (and of its own weights) is 0: training
 * such a network runs for ever and changes nothing, the book's reason for training with σ instead.
 */
public final class GradientFlow {
    private GradientFlow() {
    }

    /** The layers (0 = first hidden layer) whose activation has no useful derivative; empty when training can work. */
    public static List<Integer> stuckLayers(Network network) {
        List<Integer> stuck = new ArrayList<>();
        for (int l = 0; l < network.depth(); l++) {
            if (!hasUsefulDerivative(network.layer(l).activation())) {
                stuck.add(l);
            }
        }
        return stuck;
    }

    public static boolean canLearn(Network network) {
        return stuckLayers(network).isEmpty();
    }

    /** H' = 0 everywhere (and undefined at 0): nothing flows back through a step. */
    public static boolean hasUsefulDerivative(Activation activation) {
        return activation != Activation.HEAVISIDE;
    }

    /**
     * The same network with every Heaviside layer turned into a sigmoid σ, the book's smooth step, weights
     * and biases kept (σ(z) is close to H(z) when |z| is large, so the picture barely changes).
     */
    public static Network withSigmoidForSteps(Network network) {
        Network copy = network.copy();
        for (int l : stuckLayers(copy)) {
            copy.layer(l).setActivation(Activation.SIGMOID);
        }
        return copy;
    }
}
