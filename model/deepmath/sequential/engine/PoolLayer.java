package deepmath.sequential.engine;

import java.util.SplittableRandom;

/**
 * Max or average pooling over size × size blocks, stride = size (keras's default, the book's "regroupement",
 * chapter 12); the output side is ⌊n / size⌋, the last rows or columns that fill no block are dropped. Max pooling
 * remembers where each maximum was, because backpropagation sends the whole gradient to that one value; average
 * pooling shares it equally among the block.
 */
public final class PoolLayer implements Layer {
    private final int height;
    private final int width;
    private final int channels;
    private final int size;
    private final boolean max;

    public PoolLayer(int height, int width, int channels, int size, boolean max) {
        this.height = height;
        this.width = width;
        this.channels = channels;
        this.size = size;
        this.max = max;
    }

    @Override
    public int inputSize() {
        return height * width * channels;
    }

    @Override
    public int outputSize() {
        return (height / size) * (width / size) * channels;
    }

    @Override
    public int parameterCount() {
        return 0;
    }

    @Override
    public void initialise(double[] p, int offset, SplittableRandom random) {
        // no parameters
    }

    @Override
    public Pass newPass() {
        int oh = height / size;
        int ow = width / size;
        int[] argmax = new int[outputSize()];
        double share = 1.0 / (size * size);
        return new Pass() {
            @Override
            public void forward(double[] p, int offset, double[] in, double[] out, SplittableRandom dropout) {
                for (int c = 0; c < channels; c++) {
                    for (int y = 0; y < oh; y++) {
                        for (int x = 0; x < ow; x++) {
                            int corner = c * height * width + y * size * width + x * size;
                            int o = (c * oh + y) * ow + x;
                            if (max) {
                                int best = corner;
                                for (int u = 0; u < size; u++) {
                                    for (int v = 0; v < size; v++) {
                                        int at = corner + u * width + v;
                                        best = in[at] > in[best] ? at : best;
                                    }
                                }
                                out[o] = in[best];
                                argmax[o] = best;
                            } else {
                                double sum = 0;
                                for (int u = 0; u < size; u++) {
                                    for (int v = 0; v < size; v++) {
                                        sum += in[corner + u * width + v];
                                    }
                                }
                                out[o] = sum * share;
                            }
                        }
                    }
                }
            }

            @Override
            public void backward(double[] p, int offset, double[] in, double[] out, double[] dOut,
                                 boolean preActivation, double[] g, double[] dIn) {
                if (dIn == null) {
                    return;
                }
                java.util.Arrays.fill(dIn, 0, inputSize(), 0);
                if (max) {
                    for (int o = 0; o < argmax.length; o++) {
                        dIn[argmax[o]] += dOut[o];
                    }
                    return;
                }
                for (int c = 0; c < channels; c++) {
                    for (int y = 0; y < oh; y++) {
                        for (int x = 0; x < ow; x++) {
                            int corner = c * height * width + y * size * width + x * size;
                            double d = dOut[(c * oh + y) * ow + x] * share;
                            for (int u = 0; u < size; u++) {
                                for (int v = 0; v < size; v++) {
                                    dIn[corner + u * width + v] += d;
                                }
                            }
                        }
                    }
                }
            }
        };
    }
}
