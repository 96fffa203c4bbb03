package deepmath.sequential.engine;

import deepmath.nd.Blas;
import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.FloatPointer;

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
 * OpenBLAS ({@link Blas#dgemm} in float64, {@link Blas#sgemm} in float32, see below):
 * out = K·X, ∂L/∂K = δout·Xᵀ, ∂L/∂X = Kᵀ·δout (then each column value goes back to the pixel it was read from).
 * The zeros of the padding never change, so they are written once; for stride 1 every row of X is made of runs of
 * consecutive pixels, copied as runs. When OpenBLAS has several threads the products are cut in blocks of positions
 * small enough for it to run each on the calling thread: training already gives each core its own examples, and a
 * multi-threaded product called from two threads at once would only make its threads wait for each other; with one
 * OpenBLAS thread they run over whole planes, their best shape.
 * One instance per layer and per thread: it keeps X of the last forward pass for the backward pass.
 *
 * <p>Precision: {@code float32} runs the three products in float32 ({@link Blas#sgemm}: X is gathered straight into
 * a float buffer, the kernels converted once per call, the results read back into the engine's doubles) — twice
 * the BLAS's throughput and half its memory traffic, for training; float64 (the default) keeps the finite-difference
 * gradient checks exact. Only the products' precision differs: sums of biases and gradients stay in double.
 */
public final class ConvKernel {
    /** OpenBLAS runs a product with m·n·k at most 65 536 × 4 on the calling thread (interface/gemm.c). */
    static final long SINGLE_THREAD_WORK = 65_536L * 4;
    private final int filters;
    private final int channels;
    private final int rows;
    private final int inPlane;
    private final int outPlane;
    /** Positions per product: {@link #cutBlock}, or the whole plane when OpenBLAS has one thread (read each forward). */
    private int block;
    private final int cutBlock;
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
    /** The float32 counterparts of x, kernel, product, gradient and dX (null in float64). */
    private final boolean float32;
    private final FloatPointer xF;
    private final FloatBuffer xFView;
    private final FloatPointer kernelF;
    private final FloatBuffer kernelFView;
    private final FloatPointer productF;
    private final FloatBuffer productFView;
    private final FloatPointer gradientF;
    private final FloatBuffer gradientFView;
    private final FloatPointer dXF;
    private final FloatBuffer dXFView;
    private final float[] rowF;
    /** X gathered on the Java heap, then copied to {@link #xF} at once: thousands of short buffer puts cost more. */
    private final float[] xArray;
    private final float[] inF;
    private final float[] deltaF;
    /** Float32 and stride 1: ∂L/∂in as a correlation of δout, without col2im (null otherwise). */
    private final InputGradientF inputGradientF;

    public ConvKernel(ConvGeometry geometry) {
        this(geometry, false);
    }

    /** {@code float32}: products in float32 (training); false: in float64 (see the class comment). */
    public ConvKernel(ConvGeometry geometry, boolean float32) {
        this.filters = geometry.filters();
        this.channels = geometry.channels();
        int taps = geometry.kernel() * geometry.kernel();
        this.rows = geometry.channels() * taps;
        this.inPlane = geometry.height() * geometry.width();
        this.outPlane = geometry.outHeight() * geometry.outWidth();
        this.cutBlock = (int) Math.max(1, Math.min(outPlane, SINGLE_THREAD_WORK / ((long) filters * rows)));
        this.runs = runs(geometry.sources(), geometry.channels(), inPlane);
        this.float32 = float32;
        long xSize = (long) rows * outPlane;
        long kSize = (long) filters * rows;
        long pSize = (long) filters * outPlane;
        this.x = float32 ? null : zeros(xSize);
        this.xView = float32 ? null : x.asBuffer();
        this.kernel = float32 ? null : zeros(kSize);
        this.kernelView = float32 ? null : kernel.asBuffer();
        this.product = float32 ? null : zeros(pSize);
        this.productView = float32 ? null : product.asBuffer();
        this.gradient = float32 ? null : zeros(kSize);
        this.gradientView = float32 ? null : gradient.asBuffer();
        this.dX = float32 ? null : zeros(xSize);
        this.dXView = float32 ? null : dX.asBuffer();
        this.row = new double[Math.max(outPlane, filters * rows)];
        this.xF = float32 ? zerosF(xSize) : null;
        this.xFView = float32 ? xF.asBuffer() : null;
        this.kernelF = float32 ? zerosF(kSize) : null;
        this.kernelFView = float32 ? kernelF.asBuffer() : null;
        this.productF = float32 ? zerosF(pSize) : null;
        this.productFView = float32 ? productF.asBuffer() : null;
        this.gradientF = float32 ? zerosF(kSize) : null;
        this.gradientFView = float32 ? gradientF.asBuffer() : null;
        this.dXF = float32 ? zerosF(xSize) : null;
        this.dXFView = float32 ? dXF.asBuffer() : null;
        this.rowF = float32 ? new float[Math.max(Math.max(outPlane, filters * rows), filters * outPlane)] : null;
        this.xArray = float32 ? new float[(int) xSize] : null;
        this.inF = float32 ? new float[channels * inPlane] : null;
        this.deltaF = float32 ? new float[filters * outPlane] : null;
        this.inputGradientF = float32 && geometry.stride() == 1 ? new InputGradientF(geometry) : null;
    }

    private static DoublePointer zeros(long n) {
        DoublePointer p = new DoublePointer(n);
        p.zero();
        return p;
    }

    private static FloatPointer zerosF(long n) {
        FloatPointer p = new FloatPointer(n);
        p.zero();
        return p;
    }

    /** Writes k[from … from + n) as floats into {@code to}, through {@link #rowF}. */
    private void putFloats(double[] k, int from, int n, FloatBuffer to) {
        for (int i = 0; i < n; i++) {
            rowF[i] = (float) k[from + i];
        }
        to.put(0, rowF, 0, n);
    }

    /** For each row (c, tap) of X the runs of output positions that read consecutive pixels of plane c. */
    static int[][] runs(int[][] source, int channels, int inPlane) {
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
        // one OpenBLAS thread: nothing to keep single-threaded, and whole planes give the products their best shapes
        block = Blas.threads() == 1 ? outPlane : cutBlock;
        if (float32) {
            forwardFloat(k, kOff, in, out);
            return;
        }
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

    private void forwardFloat(double[] k, int kOff, double[] in, double[] out) {
        // convert the C planes once (one long loop), then copy runs float to float: converting inside the short
        // runs cost as much as the product itself (profile of model-epoch-mnist-cnn32)
        for (int i = 0; i < channels * inPlane; i++) {
            inF[i] = (float) in[i];
        }
        float[] xa = xArray;
        for (int r = 0; r < rows; r++) {
            int[] t = runs[r];
            int base = r * outPlane;
            for (int j = 0; j < t.length; j += 3) {
                System.arraycopy(inF, t[j + 1], xa, base + t[j], t[j + 2]);
            }
        }
        xFView.put(0, xa, 0, rows * outPlane);
        putFloats(k, kOff, filters * rows, kernelFView);
        for (int from = 0; from < outPlane; from += block) {
            int n = Math.min(block, outPlane - from);
            Blas.sgemm(false, false, filters, n, rows, 1, kernelF, rows, at(xF, from), outPlane, 0, at(productF, from),
                    outPlane);
        }
        productFView.get(0, rowF, 0, filters * outPlane);
        int biases = kOff + filters * rows;
        for (int f = 0; f < filters; f++) {
            double b = k[biases + f];
            for (int i = f * outPlane; i < (f + 1) * outPlane; i++) {
                out[i] = rowF[i] + b;
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
        if (float32) {
            backwardFloat(k, kOff, dOut, g, dIn);
            return;
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

    private void backwardFloat(double[] k, int kOff, double[] dOut, double[] g, double[] dIn) {
        for (int i = 0; i < filters * outPlane; i++) {
            deltaF[i] = (float) dOut[i];
        }
        productFView.put(0, deltaF, 0, filters * outPlane);
        for (int from = 0; from < outPlane; from += block) {
            int n = Math.min(block, outPlane - from);
            Blas.sgemm(false, true, filters, rows, n, 1, at(productF, from), outPlane, at(xF, from), outPlane,
                    from == 0 ? 0 : 1, gradientF, rows);
        }
        gradientFView.get(0, rowF, 0, filters * rows);
        for (int i = 0; i < filters * rows; i++) {
            g[kOff + i] += rowF[i];
        }
        if (dIn == null) {
            return;
        }
        if (inputGradientF != null) {
            inputGradientF.compute(k, kOff, deltaF, dIn);
            return;
        }
        putFloats(k, kOff, filters * rows, kernelFView);
        for (int from = 0; from < outPlane; from += block) {
            int n = Math.min(block, outPlane - from);
            Blas.sgemm(true, false, rows, n, filters, 1, kernelF, rows, at(productF, from), outPlane, 0,
                    at(dXF, from), outPlane);
        }
        java.util.Arrays.fill(dIn, 0, channels * inPlane, 0);
        for (int r = 0; r < rows; r++) {
            dXFView.get(r * outPlane, rowF, 0, outPlane);
            int[] t = runs[r];
            for (int j = 0; j < t.length; j += 3) {
                int o = t[j];
                int s = t[j + 1];
                int len = t[j + 2];
                for (int i = 0; i < len; i++) {
                    dIn[s + i] += rowF[o + i];
                }
            }
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

    private static FloatPointer at(FloatPointer p, long offset) {
        return new FloatPointer(p).position(p.position() + offset);
    }
}
