package deepmath.sequential.engine;

import java.util.SplittableRandom;

/**
 * The default {@link Layer.BatchPass}: one {@link Layer.Pass} per example of the chunk, each keeping its own
 * forward buffers for its backward pass; gradients are added example after example, in the per-example order.
 */
final class EachExample implements Layer.BatchPass {
    private final int inSize;
    private final int outSize;
    private final Layer.Pass[] passes;
    private final double[][] ins;
    private final double[][] outs;
    private final double[] delta;
    private final double[] dIn;

    EachExample(Layer layer, boolean float32Products, int capacity) {
        this.inSize = layer.inputSize();
        this.outSize = layer.outputSize();
        this.passes = new Layer.Pass[capacity];
        this.ins = new double[capacity][inSize];
        this.outs = new double[capacity][outSize];
        for (int b = 0; b < capacity; b++) {
            passes[b] = layer.newPass(float32Products);
        }
        this.delta = new double[outSize];
        this.dIn = new double[inSize];
    }

    @Override
    public void forward(double[] p, int offset, double[] in, double[] out, int n, SplittableRandom[] dropout) {
        for (int b = 0; b < n; b++) {
            System.arraycopy(in, b * inSize, ins[b], 0, inSize);
            passes[b].forward(p, offset, ins[b], outs[b], dropout == null ? null : dropout[b]);
            System.arraycopy(outs[b], 0, out, b * outSize, outSize);
        }
    }

    @Override
    public void backward(double[] p, int offset, double[] in, double[] out, double[] dOut, int n,
                         boolean preActivation, double[] g, double[] dIns) {
        for (int b = 0; b < n; b++) {
            System.arraycopy(dOut, b * outSize, delta, 0, outSize);
            passes[b].backward(p, offset, ins[b], outs[b], delta, preActivation, g, dIns == null ? null : dIn);
            if (dIns != null) {
                System.arraycopy(dIn, 0, dIns, b * inSize, inSize);
            }
        }
    }
}
