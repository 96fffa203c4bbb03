package deepmath.bench;

import deepmath.expr.ArrayEvaluator;
import deepmath.grid.Grid2D;
import deepmath.grid.GridValues;
import deepmath.nn.Activation;
import deepmath.nn.Layer;
import deepmath.nn.Network;
import java.util.ArrayList;
import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The batched forward pass on ND4J: a whole batch of points (rows of an N × inputs matrix) in one call per
 * layer, A(l) = φ(A(l−1)·Wᵀ + b). Kept beside the benchmarks: {@code net-grid-256 --param path=nd4j}
 * times it against the fused {@link deepmath.nn.GridForward} the lab uses, and the tests check that the two agree.
 */
public final class Nd4jForward {
    private Nd4jForward() {
    }

    /** Each layer's outputs for the batch {@code x} (N × inputs): element k is layer k+1's N × neurons. */
    public static List<INDArray> activations(Network network, INDArray x) {
        List<INDArray> result = new ArrayList<>();
        INDArray a = x;
        for (Layer layer : network.layers()) {
            INDArray w = Nd4j.createFromArray(layer.weights()).castTo(x.dataType()); // neurons × inputs
            INDArray b = Nd4j.createFromArray(layer.biases()).castTo(x.dataType());
            INDArray z = a.mmul(w.transpose()).addiRowVector(b);
            a = apply(layer.activation(), z);
            result.add(a);
        }
        return result;
    }

    public static INDArray output(Network network, INDArray x) {
        List<INDArray> all = activations(network, x);
        return all.get(all.size() - 1);
    }

    /** Output neuron 0 over a grid of the first two inputs (others at {@code fixed}), in float32. */
    public static GridValues outputOnGrid(Network network, Grid2D grid, double... fixed) {
        int n = grid.size();
        INDArray x = Nd4j.create(DataType.FLOAT, n, network.inputs());
        x.getColumn(0).assign(Nd4j.createFromArray(grid.xs()));
        if (network.inputs() > 1) {
            x.getColumn(1).assign(Nd4j.createFromArray(grid.ys()));
        }
        for (int k = 2; k < network.inputs(); k++) {
            x.getColumn(k).assign(fixed != null && k - 2 < fixed.length ? fixed[k - 2] : 0);
        }
        INDArray out = output(network, x);
        return new GridValues(grid, out.getColumn(0).dup().toFloatVector());
    }

    static INDArray apply(Activation activation, INDArray z) {
        return switch (activation) {
            case HEAVISIDE -> z.gte(0).castTo(z.dataType()); // H(0) = 1, unlike ND4J's step (x > 0)
            case SIGMOID -> Transforms.sigmoid(z, false);
            case TANH -> Transforms.tanh(z, false);
            case RELU -> Transforms.relu(z, false);
            case IDENTITY -> z;
            case GELU -> ArrayEvaluator.gelu(z);
            case SOFTMAX -> Transforms.softmax(z, false);
        };
    }
}
