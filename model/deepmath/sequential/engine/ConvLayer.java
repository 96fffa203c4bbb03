package deepmath.sequential.engine;

import deepmath.nn.Activation;
import java.util.SplittableRandom;

/** A convolution layer: {@link ConvKernel} then the activation, value by value. */
public final class ConvLayer implements Layer {
    private final ConvGeometry geometry;
    private final Activation activation;

    public ConvLayer(ConvGeometry geometry, Activation activation) {
        this.geometry = geometry;
        this.activation = activation;
    }

    public ConvGeometry geometry() {
        return geometry;
    }

    public Activation activation() {
        return activation;
    }

    @Override
    public int inputSize() {
        return geometry.height() * geometry.width() * geometry.channels();
    }

    @Override
    public int outputSize() {
        return geometry.outHeight() * geometry.outWidth() * geometry.filters();
    }

    private int weights() {
        return geometry.filters() * geometry.channels() * geometry.kernel() * geometry.kernel();
    }

    @Override
    public int parameterCount() {
        return weights() + geometry.filters();
    }

    /** keras's Glorot for a kernel: fan in k²·C, fan out k²·F. */
    @Override
    public void initialise(double[] p, int offset, SplittableRandom random) {
        int area = geometry.kernel() * geometry.kernel();
        Glorot.uniform(p, offset, weights(), area * geometry.channels(), area * geometry.filters(), random);
    }

    /** One im2col matrix and one product per chunk ({@link ConvBatch}). */
    @Override
    public BatchPass newBatchPass(boolean float32Products, int capacity) {
        return ConvBatch.of(geometry, activation, float32Products, capacity);
    }

    @Override
    public Pass newPass() {
        return newPass(false);
    }

    @Override
    public Pass newPass(boolean float32Products) {
        ConvKernel kernel = new ConvKernel(geometry, float32Products);
        int n = outputSize();
        double[] z = Activations.needsPreActivation(activation) ? new double[n] : null;
        return new Pass() {
            @Override
            public void forward(double[] p, int offset, double[] in, double[] out, SplittableRandom dropout) {
                kernel.forward(p, offset, in, out);
                Activations.forward(activation, out, n, z);
            }

            @Override
            public void backward(double[] p, int offset, double[] in, double[] out, double[] dOut,
                                 boolean preActivation, double[] g, double[] dIn) {
                if (!preActivation) {
                    Activations.backward(activation, out, z, dOut, n);
                }
                kernel.backward(p, offset, in, dOut, g, dIn);
            }
        };
    }
}
