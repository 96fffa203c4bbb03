package deepmath.nn;

import deepmath.core.BadInputException;
import deepmath.grid.Grid2D;
import deepmath.grid.GridValues;
import java.util.ArrayList;
import java.util.List;

/**
 * A dense feed-forward network of any depth: {@code inputs} inputs, then layers whose sizes chain (each
 * layer has as many inputs as the previous one has neurons). Single points go through {@link #output} in
 * double precision; whole grids through {@link #outputOnGrid} (a fused float kernel, {@link GridForward};
 * the benchmarks keep an ND4J batched pass, {@code deepmath.bench.Nd4jForward}, to compare it with).
 */
public final class Network {
    private final int inputs;
    private final List<Layer> layers;

    public Network(int inputs, List<Layer> layers) {
        if (inputs < 1) {
            throw new BadInputException(NetworkProblem.INPUTS, inputs);
        }
        if (layers.isEmpty()) {
            throw new BadInputException(NetworkProblem.NO_LAYER);
        }
        int expected = inputs;
        for (int k = 0; k < layers.size(); k++) {
            Layer layer = layers.get(k);
            if (layer.inputs() != expected) {
                throw k == 0 ? new BadInputException(NetworkProblem.LAYER_INPUTS_FIRST, k + 1, layer.inputs(), expected)
                        : new BadInputException(NetworkProblem.LAYER_INPUTS, k + 1, layer.inputs(), k, expected);
            }
            if (layer.activation() == Activation.SOFTMAX && k != layers.size() - 1) {
                throw new BadInputException(NetworkProblem.SOFTMAX_OUTPUT, k + 1);
            }
            expected = layer.neurons();
        }
        this.inputs = inputs;
        this.layers = List.copyOf(layers);
    }

    public int inputs() {
        return inputs;
    }

    public int outputs() {
        return layers.get(layers.size() - 1).neurons();
    }

    public int depth() {
        return layers.size();
    }

    public Layer layer(int k) {
        return layers.get(k);
    }

    public List<Layer> layers() {
        return layers;
    }

    /** The widest layer (inputs included), for scratch buffers. */
    public int maxWidth() {
        int max = inputs;
        for (Layer layer : layers) {
            max = Math.max(max, layer.neurons());
        }
        return max;
    }

    /** F(x): the output layer's values at one point, in double precision. */
    public double[] output(double... x) {
        double[][] all = activations(x);
        return all[all.length - 1];
    }

    /** Every layer's values at one point: [0] is the input itself, [k] layer k's outputs. */
    public double[][] activations(double... x) {
        checkInput(x);
        double[][] values = new double[layers.size() + 1][];
        values[0] = x.clone();
        for (int k = 0; k < layers.size(); k++) {
            Layer layer = layers.get(k);
            double[] z = new double[layer.neurons()];
            values[k + 1] = new double[layer.neurons()];
            layer.forward(values[k], z, values[k + 1]);
        }
        return values;
    }

    private void checkInput(double[] x) {
        if (x.length != inputs) {
            throw new BadInputException(NetworkProblem.EVAL_INPUTS, inputs, deepmath.core.InputProblem.plural(inputs), x.length,
                    deepmath.core.InputProblem.plural(x.length));
        }
    }

    /** Output neuron 0 over a grid of the first two inputs (further inputs fixed): the fused float kernel. */
    public GridValues outputOnGrid(Grid2D grid, double... fixed) {
        return GridForward.output(this, grid, fixed);
    }

    // ---- the flattened parameter vector, which the optimisers move ----------------------------------

    public int parameterCount() {
        int n = 0;
        for (Layer layer : layers) {
            n += layer.parameterCount();
        }
        return n;
    }

    /** All weights and biases in one vector: layer by layer, each layer's weights row by row then its biases. */
    public double[] parameters() {
        double[] p = new double[parameterCount()];
        int offset = 0;
        for (Layer layer : layers) {
            layer.writeParameters(p, offset);
            offset += layer.parameterCount();
        }
        return p;
    }

    public void setParameters(double[] p) {
        if (p.length != parameterCount()) {
            throw new IllegalArgumentException(p.length + " parameters for a network of " + parameterCount());
        }
        int offset = 0;
        for (Layer layer : layers) {
            layer.readParameters(p, offset);
            offset += layer.parameterCount();
        }
    }

    /** Where weight (layer, neuron, input) lives in {@link #parameters()}; input −1 means the bias. */
    public int parameterIndex(int layer, int neuron, int input) {
        int offset = 0;
        for (int k = 0; k < layer; k++) {
            offset += layers.get(k).parameterCount();
        }
        Layer l = layers.get(layer);
        return input < 0 ? offset + l.neurons() * l.inputs() + neuron : offset + neuron * l.inputs() + input;
    }

    /** The inverse of {@link #parameterIndex}: {layer, neuron, input or −1 for the bias}. */
    public int[] parameterAt(int index) {
        int offset = 0;
        for (int k = 0; k < layers.size(); k++) {
            Layer l = layers.get(k);
            int local = index - offset;
            if (local < l.parameterCount()) {
                int weightsCount = l.neurons() * l.inputs();
                return local < weightsCount ? new int[] {k, local / l.inputs(), local % l.inputs()}
                        : new int[] {k, local - weightsCount, -1};
            }
            offset += l.parameterCount();
        }
        throw new IndexOutOfBoundsException("parameter " + index + " of " + parameterCount());
    }

    /** A deep copy (training runs on a copy while the panel keeps showing the original). */
    public Network copy() {
        List<Layer> copies = new ArrayList<>();
        for (Layer layer : layers) {
            copies.add(layer.copy());
        }
        return new Network(inputs, copies);
    }

    /** The sizes, e.g. "2-3-1". */
    public String shape() {
        StringBuilder s = new StringBuilder().append(inputs);
        for (Layer layer : layers) {
            s.append('-').append(layer.neurons());
        }
        return s.toString();
    }
}
