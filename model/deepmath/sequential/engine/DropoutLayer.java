package deepmath.sequential.engine;

import java.util.SplittableRandom;

/**
 * Dropout as keras does it ("inverted" dropout): while training each value is zeroed with probability r and the
 * kept ones are scaled by 1 / (1 − r), so that the expected value of every output is its input and nothing has to
 * change at test time, where the layer passes its input through. A dropped value passed nothing forward and gets
 * no gradient back.
 */
public final class DropoutLayer implements Layer {
    private final int size;
    private final double rate;

    public DropoutLayer(int size, double rate) {
        this.size = size;
        this.rate = rate;
    }

    public double rate() {
        return rate;
    }

    @Override
    public int inputSize() {
        return size;
    }

    @Override
    public int outputSize() {
        return size;
    }

    @Override
    public int parameterCount() {
        return 0;
    }

    @Override
    public void initialise(double[] p, int offset, SplittableRandom random) {
        // no parameters
    }

    /**
     * The chunk in place, without {@link EachExample}'s copies: example b's mask drawn from {@code dropout[b]}
     * value after value, as its own pass would draw it.
     */
    @Override
    public BatchPass newBatchPass(boolean float32Products, int capacity) {
        double[] scale = new double[capacity * size];
        double kept = 1 / (1 - rate);
        return new BatchPass() {
            @Override
            public void forward(double[] p, int offset, double[] in, double[] out, int n,
                                SplittableRandom[] dropout) {
                if (dropout == null) {
                    java.util.Arrays.fill(scale, 0, n * size, 1);
                    System.arraycopy(in, 0, out, 0, n * size);
                    return;
                }
                for (int b = 0; b < n; b++) {
                    SplittableRandom r = dropout[b];
                    for (int i = b * size; i < (b + 1) * size; i++) {
                        scale[i] = r == null ? 1 : r.nextDouble() < rate ? 0 : kept;
                        out[i] = in[i] * scale[i];
                    }
                }
            }

            @Override
            public void backward(double[] p, int offset, double[] in, double[] out, double[] dOut, int n,
                                 boolean preActivation, double[] g, double[] dIn) {
                if (dIn != null) {
                    for (int i = 0; i < n * size; i++) {
                        dIn[i] = dOut[i] * scale[i];
                    }
                }
            }
        };
    }

    @Override
    public Pass newPass() {
        double[] scale = new double[size];
        double kept = 1 / (1 - rate);
        return new Pass() {
            @Override
            public void forward(double[] p, int offset, double[] in, double[] out, SplittableRandom dropout) {
                if (dropout == null) {
                    java.util.Arrays.fill(scale, 1);
                    System.arraycopy(in, 0, out, 0, size);
                    return;
                }
                for (int i = 0; i < size; i++) {
                    scale[i] = dropout.nextDouble() < rate ? 0 : kept;
                    out[i] = in[i] * scale[i];
                }
            }

            @Override
            public void backward(double[] p, int offset, double[] in, double[] out, double[] dOut,
                                 boolean preActivation, double[] g, double[] dIn) {
                if (dIn != null) {
                    for (int i = 0; i < size; i++) {
                        dIn[i] = dOut[i] * scale[i];
                    }
                }
            }
        };
    }
}
