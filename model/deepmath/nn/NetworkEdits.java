package deepmath.nn;

import deepmath.core.BadInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;

/**
 * The panel's edits of a network, each checked against the model's rules. Changes of architecture (the
 * +/− buttons) return a new network and keep every weight that still has a place; a change of activation
 * is made in place. A new neuron gets small random incoming weights and zero outgoing ones,
 * so the network's function does not jump when it appears; a removed one takes its arrows with it.
 */
public final class NetworkEdits {
    private static final double NEW_WEIGHT_SCALE = 0.5;

    private NetworkEdits() {
    }

    /**
     * Gives layer {@code l} the activation φ, in place: the shape does not change, so the shown network is
     * edited rather than replaced (its training goes on from where it is). Softmax turns a layer's outputs
     * into one probability vector, which only means something at the output: on a hidden layer it is
     * refused, as {@link Network} refuses it in any network it builds, and nothing changes.
     */
    public static void setActivation(Network network, int l, Activation activation) {
        Objects.requireNonNull(activation, "activation");
        if (l < 0 || l >= network.depth()) {
            throw new BadInputException(NetworkProblem.LAYER_ABSENT, l + 1, network.depth());
        }
        if (activation == Activation.SOFTMAX && l != network.depth() - 1) {
            throw new BadInputException(NetworkProblem.SOFTMAX_OUTPUT, l + 1);
        }
        network.layer(l).setActivation(activation);
    }

    /** One more neuron at the end of hidden layer {@code l}. */
    public static Network addNeuron(Network network, int l, long seed) {
        checkHidden(network, l);
        Random random = new Random(seed);
        List<Layer> layers = copies(network);
        Layer layer = layers.get(l);
        double[][] w = new double[layer.neurons() + 1][];
        double[] b = new double[layer.neurons() + 1];
        for (int i = 0; i < layer.neurons(); i++) {
            w[i] = layer.weights()[i];
            b[i] = layer.bias(i);
        }
        w[layer.neurons()] = randomRow(layer.inputs(), random);
        layers.set(l, new Layer(layer.activation(), w, b));
        layers.set(l + 1, withInputs(layers.get(l + 1), layer.neurons() + 1, -1));
        return new Network(network.inputs(), layers);
    }

    /** Removes neuron {@code i} of hidden layer {@code l} (a layer keeps at least one neuron). */
    public static Network removeNeuron(Network network, int l, int i) {
        checkHidden(network, l);
        Layer layer = network.layer(l);
        if (layer.neurons() == 1) {
            throw new BadInputException(NetworkProblem.KEEP_ONE_NEURON);
        }
        List<Layer> layers = copies(network);
        double[][] w = new double[layer.neurons() - 1][];
        double[] b = new double[layer.neurons() - 1];
        for (int k = 0, n = 0; k < layer.neurons(); k++) {
            if (k != i) {
                w[n] = layer.weights()[k];
                b[n++] = layer.bias(k);
            }
        }
        layers.set(l, new Layer(layer.activation(), w, b));
        layers.set(l + 1, withInputs(layers.get(l + 1), layer.neurons() - 1, i));
        return new Network(network.inputs(), layers);
    }

    /** A new hidden layer of {@code neurons} neurons just before the output layer. */
    public static Network addLayer(Network network, int neurons, Activation activation, long seed) {
        Random random = new Random(seed);
        List<Layer> layers = copies(network);
        int at = layers.size() - 1;
        int inputs = at == 0 ? network.inputs() : layers.get(at - 1).neurons();
        double[][] w = new double[neurons][];
        for (int i = 0; i < neurons; i++) {
            w[i] = randomRow(inputs, random);
        }
        Layer output = layers.get(at);
        double[][] ow = new double[output.neurons()][];
        for (int i = 0; i < ow.length; i++) {
            ow[i] = randomRow(neurons, random);
        }
        layers.add(at, new Layer(activation, w, new double[neurons]));
        layers.set(at + 1, new Layer(output.activation(), ow, output.biases()));
        return new Network(network.inputs(), layers);
    }

    /** Removes hidden layer {@code l}; the next layer's arrows are kept where they still fit, else 0. */
    public static Network removeLayer(Network network, int l) {
        checkHidden(network, l);
        List<Layer> layers = copies(network);
        int inputs = l == 0 ? network.inputs() : layers.get(l - 1).neurons();
        layers.remove(l);
        Layer next = layers.get(l);
        double[][] w = new double[next.neurons()][inputs];
        for (int i = 0; i < next.neurons(); i++) {
            for (int j = 0; j < Math.min(inputs, next.inputs()); j++) {
                w[i][j] = next.weight(i, j);
            }
        }
        layers.set(l, new Layer(next.activation(), w, next.biases()));
        return new Network(network.inputs(), layers);
    }

    private static void checkHidden(Network network, int l) {
        if (l < 0 || l >= network.depth() - 1) {
            throw new BadInputException(NetworkProblem.NOT_HIDDEN, l + 1);
        }
    }

    /** {@code layer} with {@code inputs} inputs: a new zero column at the end, or column {@code removed} gone. */
    private static Layer withInputs(Layer layer, int inputs, int removed) {
        double[][] w = new double[layer.neurons()][inputs];
        for (int i = 0; i < layer.neurons(); i++) {
            for (int j = 0, k = 0; j < layer.inputs(); j++) {
                if (j != removed && k < inputs) {
                    w[i][k++] = layer.weight(i, j);
                }
            }
        }
        return new Layer(layer.activation(), w, layer.biases());
    }

    private static double[] randomRow(int n, Random random) {
        double[] row = new double[n];
        for (int j = 0; j < n; j++) {
            row[j] = NEW_WEIGHT_SCALE * (2 * random.nextDouble() - 1);
        }
        return row;
    }

    private static List<Layer> copies(Network network) {
        List<Layer> layers = new ArrayList<>();
        network.layers().forEach(layer -> layers.add(layer.copy()));
        return layers;
    }
}
