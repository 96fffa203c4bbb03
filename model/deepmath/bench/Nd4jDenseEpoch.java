package deepmath.bench;

import deepmath.digits.DigitNetwork;
import deepmath.digits.DigitSet;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.transforms.custom.SoftMax;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The dense 784-H-10 network trained batch by batch as float32 matrix products on ND4J's BLAS, with plain
 * gradient descent P ← P − δ·grad — the products numpy would do, timed by {@code mnist-dense-epoch --param engine=nd4j}.
 * For a batch X (B × 784) with one-hot targets Y:
 * A = ReLU(X·W1 + b1), P = softmax(A·W2 + b2), G = (P − Y)/B, ∂W2 = Aᵀ·G, ∂A = G·W2ᵀ ⊙ [A > 0], ∂W1 = Xᵀ·∂A.
 * The weight updates are fused into the products with BLAS's W ← W − δ·XᵀG (gemm with α = −δ, β = 1).
 * Its results are checked against the sequential engine's, which remains the reference.
 */
public final class Nd4jDenseEpoch {
    private final INDArray w1;
    private final INDArray b1;
    private final INDArray w2;
    private final INDArray b2;
    private final INDArray[] inputs;
    private final INDArray[] targets;
    private final float learningRate;

    /**
     * @param start  initial parameters, a dense digit network (the engine's layout) (copied)
     * @param order  the digits of each epoch, in this order, cut into batches of {@code batch}
     */
    public Nd4jDenseEpoch(DigitNetwork start, DigitSet data, int[] order, int batch, double learningRate) {
        int h = start.hidden();
        double[] p = start.parameters();
        int in = DigitSet.PIXELS;
        int out = DigitSet.CLASSES;
        w1 = Nd4j.createFromArray(java.util.Arrays.copyOfRange(p, 0, in * h)).castTo(DataType.FLOAT).reshape('c', in, h);
        b1 = Nd4j.createFromArray(java.util.Arrays.copyOfRange(p, in * h, in * h + h)).castTo(DataType.FLOAT).reshape(1, h);
        int w2At = in * h + h;
        w2 = Nd4j.createFromArray(java.util.Arrays.copyOfRange(p, w2At, w2At + h * out)).castTo(DataType.FLOAT).reshape('c', h, out);
        b2 = Nd4j.createFromArray(java.util.Arrays.copyOfRange(p, w2At + h * out, p.length)).castTo(DataType.FLOAT).reshape(1, out);
        int batches = (order.length + batch - 1) / batch;
        inputs = new INDArray[batches];
        targets = new INDArray[batches];
        for (int b = 0; b < batches; b++) {
            int from = b * batch;
            int size = Math.min(order.length, from + batch) - from;
            float[] x = new float[size * in];
            float[] y = new float[size * out];
            for (int r = 0; r < size; r++) {
                int s = order[from + r];
                System.arraycopy(data.pixels(), s * in, x, r * in, in);
                y[r * out + data.label(s)] = 1;
            }
            inputs[b] = Nd4j.create(x, new long[]{size, in}, 'c');
            targets[b] = Nd4j.create(y, new long[]{size, out}, 'c');
        }
        this.learningRate = (float) learningRate;
    }

    /** One pass over the batches. */
    public void epoch() {
        for (int b = 0; b < inputs.length; b++) {
            step(inputs[b], targets[b]);
        }
    }

    private void step(INDArray x, INDArray y) {
        long size = x.rows();
        INDArray a = x.mmul(w1).addiRowVector(b1);
        Transforms.relu(a, false);
        INDArray z = a.mmul(w2).addiRowVector(b2);
        INDArray g = Nd4j.exec(new SoftMax(z, z, 1))[0].subi(y).divi(size);
        INDArray dA = g.mmul(w2.transpose()).muli(Transforms.step(a, true));
        // W ← W − δ·(input)ᵀ·δ, one gemm each; the biases take the column sums
        Nd4j.gemm(a, g, w2, true, false, -learningRate, 1.0);
        b2.subi(g.sum(true, 0).muli(learningRate));
        Nd4j.gemm(x, dA, w1, true, false, -learningRate, 1.0);
        b1.subi(dA.sum(true, 0).muli(learningRate));
    }

    /** The parameters back in the engine's layout. */
    public double[] parameters() {
        INDArray all = Nd4j.concat(0, w1.reshape(-1), b1.reshape(-1), w2.reshape(-1), b2.reshape(-1));
        return all.castTo(DataType.DOUBLE).toDoubleVector();
    }

}
