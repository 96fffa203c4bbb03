package deepmath.sequential.engine;

import deepmath.nd.Blas;
import java.nio.DoubleBuffer;
import org.bytedeco.javacpp.DoublePointer;

/**
 * A 2-D convolution as keras computes it — a correlation (the kernel is not flipped, see the book's note in
 * chapter 14) of F kernels k × k × C over an image, with a stride and 'same' or 'valid' zero padding:
 * out[f](y, x) = b[f] + Σ_c Σ_{u,v} K[f][c][u][v] · in[c](y·s + u − top, x·s + v − left).
 * Planes are stored channel after channel, row by row. Kernels are read at an offset of the parameter vector as
 * [f][c][u][v], then the F biases (the digits network's layout). The lab's one convolution kernel: the sequential
 * engine's layers and the digits lab's CNN both run on it.
 *
 * <p>The im2col way: the C·k² input values each output position reads are gathered once into the columns of a
 * matrix X [C·k² × P] (P output positions), and the three products of a training step are matrix products on
 * OpenBLAS ({@link Blas#dgemm}, float64 so that finite differences still check the gradients):
 * out = K·X, ∂L/∂K = δout·Xᵀ, ∂L/∂X = Kᵀ·δout (then each column value goes back to the pixel it was read from).
 * The zeros of the padding never change, so they are written once; for stride 1 every row of X is made of runs of
 * consecutive pixels, copied as runs. The products are cut in blocks of positions small enough for OpenBLAS to run
 * each on the calling thread: training already gives each core its own examples, and a multi-threaded product
 * called from two threads at once would only make its threads wait for each other.
 * One instance per layer and per thread: it keeps X of the last forward pass for the backward pass.
 */
public final class ConvKernel {
    /** OpenBLAS runs a product with m·n·k at most 65 536 × 4 on the calling thread (interface/gemm.c). */
    static final long SINGLE_THREAD_WORK = 65_536L * 4;
    private final int filters;
    private final int channels;
    private final int rows;
    private final int inPlane;
    private final int outPlane;
    private final int block;
    /** runs[r] = (output position, input index, length) triples: the pixels row r of X copies. */
    private final int[][] runs;
    private final DoublePointer x;
    private final DoubleBuffer xView;
    private final DoublePointer kernel;
    private final DoubleBuffer kernelView;
    private final DoublePointer product;
    private final DoubleBuffer productView;
    private final DoublePointer gradient;
    private final DoubleBuffer gradientView;
    private final DoublePointer dX;
    private final DoubleBuffer dXView;
    private final double[] row;

    public ConvKernel(ConvGeometry geometry) {
        this.filters = geometry.filters();
        this.channels = geometry.channels();
        int taps = geometry.kernel() * geometry.kernel();
        this.rows = geometry.channels() * taps;
        this.inPlane = geometry.height() * geometry.width();
        this.outPlane = geometry.outHeight() * geometry.outWidth();
        this.block = (int) Math.max(1, Math.min(outPlane, SINGLE_THREAD_WORK / ((long) filters * rows)));
        this.runs = runs(geometry.sources(), geometry.channels(), inPlane);
        this.x = zeros((long) rows * outPlane);
        this.xView = x.asBuffer();
        this.kernel = zeros((long) filters * rows);
        this.kernelView = kernel.asBuffer();
        this.product = zeros((long) filters * outPlane);
        this.productView = product.asBuffer();
        this.gradient = zeros((long) filters * rows);
        this.gradientView = gradient.asBuffer();
        this.dX = zeros((long) rows * outPlane);
        this.dXView = dX.asBuffer();
        this.row = new double[Math.max(outPlane, filters * rows)];
    }

    private static DoublePointer zeros(long n) {
        DoublePointer p = new DoublePointer(n);
        p.zero();
        return p;
    }

    /** For each row (c, tap) of X the runs of output positions that read consecutive pixels of plane c. */
    private static int[][] runs(int[][] source, int channels, int inPlane) {
        int taps = source.length;
        int[][] out = new int[channels * taps][];
        for (int c = 0; c < channels; c++) {
            for (int tap = 0; tap < taps; tap++) {
                int[] src = source[tap];
                int[] triples = new int[3 * src.length];
                int n = 0;
                for (int i = 0; i < src.length; ) {
                    if (src[i] < 0) {
                        i++;
                        continue;
                    }
                    int start = i;
                    while (i + 1 < src.length && src[i + 1] == src[i] + 1) {
                        i++;
                    }
                    i++;
                    triples[n++] = start;
                    triples[n++] = c * inPlane + src[start];
                    triples[n++] = i - start;
                }
                out[c * taps + tap] = java.util.Arrays.copyOf(triples, n);
            }
        }
        return out;
    }

    /** Kernels and biases at {@code k[kOff…]}; {@code in}: C input planes; {@code out}: F planes, overwritten. */
    public void forward(double[] k, int kOff, double[] in, double[] out) {
        gather(in);
        kernelView.put(0, k, kOff, filters * rows);
        for (int from = 0; from < outPlane; from += block) {
            int n = Math.min(block, outPlane - from);
            Blas.dgemm(false, false, filters, n, rows, 1, kernel, rows, at(x, from), outPlane, 0, at(product, from),
                    outPlane);
        }
        productView.get(0, out, 0, filters * outPlane);
        int biases = kOff + filters * rows;
        for (int f = 0; f < filters; f++) {
            double b = k[biases + f];
            for (int i = f * outPlane; i < (f + 1) * outPlane; i++) {
                out[i] += b;
            }
        }
    }

    private void gather(double[] in) {
        for (int r = 0; r < rows; r++) {
            int[] t = runs[r];
            int base = r * outPlane;
            for (int j = 0; j < t.length; j += 3) {
                xView.put(base + t[j], in, t[j + 1], t[j + 2]);
            }
        }
    }

    /**
     * Backpropagation after {@link #forward} on the same input (chapter 12): given δout = ∂L/∂out (F planes), adds
     * ∂L/∂K and ∂L/∂b into {@code g}; when {@code dIn} is not null writes ∂L/∂in.
     */
    public void backward(double[] k, int kOff, double[] in, double[] dOut, double[] g, double[] dIn) {
        int biases = kOff + filters * rows;
        for (int f = 0; f < filters; f++) {
            double sum = 0;
            for (int i = f * outPlane; i < (f + 1) * outPlane; i++) {
                sum += dOut[i];
            }
            g[biases + f] += sum;
        }
        productView.put(0, dOut, 0, filters * outPlane);
        // ∂L/∂K [F × C·k²] = δout [F × P] · Xᵀ [P × C·k²], summed block of positions after block
        for (int from = 0; from < outPlane; from += block) {
            int n = Math.min(block, outPlane - from);
            Blas.dgemm(false, true, filters, rows, n, 1, at(product, from), outPlane, at(x, from), outPlane,
                    from == 0 ? 0 : 1, gradient, rows);
        }
        gradientView.get(0, row, 0, filters * rows);
        for (int i = 0; i < filters * rows; i++) {
            g[kOff + i] += row[i];
        }
        if (dIn != null) {
            inputGradients(k, kOff, dIn);
        }
    }

    /** ∂L/∂X = Kᵀ·δout, then every value of X sends its gradient back to the pixel it copied (col2im). */
    private void inputGradients(double[] k, int kOff, double[] dIn) {
        kernelView.put(0, k, kOff, filters * rows);
        for (int from = 0; from < outPlane; from += block) {
            int n = Math.min(block, outPlane - from);
            Blas.dgemm(true, false, rows, n, filters, 1, kernel, rows, at(product, from), outPlane, 0, at(dX, from),
                    outPlane);
        }
        java.util.Arrays.fill(dIn, 0, channels * inPlane, 0);
        for (int r = 0; r < rows; r++) {
            dXView.get(r * outPlane, row, 0, outPlane);
            int[] t = runs[r];
            for (int j = 0; j < t.length; j += 3) {
                int o = t[j];
                int s = t[j + 1];
                int len = t[j + 2];
                for (int i = 0; i < len; i++) {
                    dIn[s + i] += row[o + i];
                }
            }
        }
    }

    private static DoublePointer at(DoublePointer p, long offset) {
        return new DoublePointer(p).position(p.position() + offset);
    }
}
