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
        int[] argmax = new int[outputSize()];
        return new Pass() {
            @Override
            public void forward(double[] p, int offset, double[] in, double[] out, SplittableRandom dropout) {
                pool(in, 0, out, 0, argmax, 0);
            }

            @Override
            public void backward(double[] p, int offset, double[] in, double[] out, double[] dOut,
                                 boolean preActivation, double[] g, double[] dIn) {
                if (dIn != null) {
                    unpool(dOut, 0, dIn, 0, argmax, 0);
                }
            }
        };
    }

    /** The chunk's examples pooled in place in the chunk's arrays, without {@link EachExample}'s copies. */
    @Override
    public BatchPass newBatchPass(boolean float32Products, int capacity) {
        int inSize = inputSize();
        int outSize = outputSize();
        int[] argmax = new int[capacity * outSize];
        return new BatchPass() {
            @Override
            public void forward(double[] p, int offset, double[] in, double[] out, int n,
                                SplittableRandom[] dropout) {
                for (int b = 0; b < n; b++) {
                    pool(in, b * inSize, out, b * outSize, argmax, b * outSize);
                }
            }

            @Override
            public void backward(double[] p, int offset, double[] in, double[] out, double[] dOut, int n,
                                 boolean preActivation, double[] g, double[] dIn) {
                for (int b = 0; dIn != null && b < n; b++) {
                    unpool(dOut, b * outSize, dIn, b * inSize, argmax, b * outSize);
                }
            }
        };
    }

    /** One example: in[inOff …] → out[outOff …]; max pooling notes each maximum's index (from inOff) in argmax. */
    private void pool(double[] in, int inOff, double[] out, int outOff, int[] argmax, int aOff) {
        if (max && size == 2) {
            maxPool2(in, inOff, out, outOff, argmax, aOff);
            return;
        }
        int oh = height / size;
        int ow = width / size;
        double share = 1.0 / (size * size);
        for (int c = 0; c < channels; c++) {
            for (int y = 0; y < oh; y++) {
                for (int x = 0; x < ow; x++) {
                    int corner = inOff + c * height * width + y * size * width + x * size;
                    int o = (c * oh + y) * ow + x;
                    if (max) {
                        int best = corner;
                        for (int u = 0; u < size; u++) {
                            for (int v = 0; v < size; v++) {
                                int at = corner + u * width + v;
                                best = in[at] > in[best] ? at : best;
                            }
                        }
                        out[outOff + o] = in[best];
                        argmax[aOff + o] = best - inOff;
                    } else {
                        double sum = 0;
                        for (int u = 0; u < size; u++) {
                            for (int v = 0; v < size; v++) {
                                sum += in[corner + u * width + v];
                            }
                        }
                        out[outOff + o] = sum * share;
                    }
                }
            }
        }
    }

    /**
     * {@link #pool} for 2 × 2 maxima, the networks' usual pooling, written out: the general loop's index arithmetic
     * and its loads through the best index so far cost more than the comparisons (issue 23: a fifth of the digit
     * CNN's epoch). Same candidates in the same order, a later one winning only when strictly greater.
     */
    private void maxPool2(double[] in, int inOff, double[] out, int outOff, int[] argmax, int aOff) {
        int oh = height / 2;
        int ow = width / 2;
        for (int c = 0; c < channels; c++) {
            for (int y = 0; y < oh; y++) {
                int top = c * height * width + 2 * y * width;
                int o = outOff + (c * oh + y) * ow;
                int a = aOff + (c * oh + y) * ow;
                for (int x = 0; x < ow; x++) {
                    int at = top + 2 * x;
                    // Math.max keeps the maximum without a branch (an unpredictable one per candidate otherwise);
                    // it differs from the strict comparison only on −0 against +0 and on NaN
                    double m = in[inOff + at];
                    int best = at;
                    double v = in[inOff + at + 1];
                    best = v > m ? at + 1 : best;
                    m = Math.max(v, m);
                    v = in[inOff + at + width];
                    best = v > m ? at + width : best;
                    m = Math.max(v, m);
                    v = in[inOff + at + width + 1];
                    best = v > m ? at + width + 1 : best;
                    m = Math.max(v, m);
                    out[o + x] = m;
                    argmax[a + x] = best;
                }
            }
        }
    }

    /** One example's ∂L/∂in (overwritten) from its ∂L/∂out. */
    private void unpool(double[] dOut, int outOff, double[] dIn, int inOff, int[] argmax, int aOff) {
        java.util.Arrays.fill(dIn, inOff, inOff + inputSize(), 0);
        int outSize = outputSize();
        if (max) {
            for (int o = 0; o < outSize; o++) {
                dIn[inOff + argmax[aOff + o]] += dOut[outOff + o];
            }
            return;
        }
        int oh = height / size;
        int ow = width / size;
        double share = 1.0 / (size * size);
        for (int c = 0; c < channels; c++) {
            for (int y = 0; y < oh; y++) {
                for (int x = 0; x < ow; x++) {
                    int corner = inOff + c * height * width + y * size * width + x * size;
                    double d = dOut[outOff + (c * oh + y) * ow + x] * share;
                    for (int u = 0; u < size; u++) {
                        for (int v = 0; v < size; v++) {
                            dIn[corner + u * width + v] += d;
                        }
                    }
                }
            }
        }
    }
}
