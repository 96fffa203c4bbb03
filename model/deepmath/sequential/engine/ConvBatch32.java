package deepmath.sequential.engine;

import deepmath.nd.Blas;
import deepmath.nn.Activation;
import java.nio.FloatBuffer;
import org.bytedeco.javacpp.FloatPointer;

/**
 * {@link ConvBatch} with float32 products (training's, as {@link ConvKernel}'s float32 mode): the chunk's inputs
 * are converted once; X and δout's im2col are gathered run by run straight into OpenBLAS's memory (a heap copy
 * first, then one put a row, streamed the matrix twice more: issue 23), Δ on the heap and put one row at a time.
 * The buffers of ∂L/∂in are made on the first backward pass that needs them (never, for a first layer).
 */
final class ConvBatch32 extends ConvBatch {
    private final float[] inF;
    private final FloatPointer x;
    private final FloatBuffer xView;
    private final float[] kernelArray;
    private final FloatPointer kernel;
    private final FloatBuffer kernelView;
    private final float[] productArray;
    private final FloatPointer product;
    private final FloatBuffer productView;
    private final float[] gradientArray;
    private final FloatPointer gradient;
    private final FloatBuffer gradientView;
    private InputSide inputSide;

    /** The buffers of ∂L/∂in: δout's im2col and K̃ (stride 1), or Kᵀ·Δ for col2im. */
    private static final class InputSide {
        final FloatPointer cols;
        final FloatBuffer colsView;
        final float[] kernelT;
        final FloatPointer kernelTPointer;
        final FloatBuffer kernelTView;
        final float[] resultArray;
        final FloatPointer result;
        final FloatBuffer resultView;

        InputSide(int colRows, int colCount, int kernelSize, int resultSize) {
            this.cols = colRows == 0 ? null : zeros((long) colRows * colCount);
            this.colsView = cols == null ? null : cols.asBuffer();
            this.kernelT = kernelSize == 0 ? null : new float[kernelSize];
            this.kernelTPointer = kernelSize == 0 ? null : zeros(kernelSize);
            this.kernelTView = kernelSize == 0 ? null : kernelTPointer.asBuffer();
            this.resultArray = new float[resultSize];
            this.result = zeros(resultSize);
            this.resultView = result.asBuffer();
        }
    }

    ConvBatch32(ConvGeometry g, Activation activation, int capacity) {
        super(g, activation, capacity);
        this.inF = new float[capacity * inSize];
        this.x = zeros((long) (rows + 1) * capOut);
        this.xView = x.asBuffer();
        // X's last row: the ones the biases multiply, written once (each chunk puts only the rows above it)
        for (int i = 0; i < capOut; i++) {
            xView.put(rows * capOut + i, 1f);
        }
        this.kernelArray = new float[filters * (rows + 1)];
        this.kernel = zeros((long) filters * (rows + 1));
        this.kernelView = kernel.asBuffer();
        this.productArray = new float[filters * capOut];
        this.product = zeros((long) filters * capOut);
        this.productView = product.asBuffer();
        this.gradientArray = new float[filters * (rows + 1)];
        this.gradient = zeros((long) filters * (rows + 1));
        this.gradientView = gradient.asBuffer();
    }

    private static FloatPointer zeros(long n) {
        FloatPointer p = new FloatPointer(n);
        p.zero();
        return p;
    }

    /** The first {@code used} values of each of {@code count} rows of length {@code ld}: one put when whole. */
    private static void put(FloatBuffer to, float[] from, int count, int ld, int used) {
        if (used == ld) {
            to.put(0, from, 0, count * ld);
            return;
        }
        for (int r = 0; r < count; r++) {
            to.put(r * ld, from, r * ld, used);
        }
    }

    private static void get(FloatBuffer from, float[] to, int count, int ld, int used) {
        if (used == ld) {
            from.get(0, to, 0, count * ld);
            return;
        }
        for (int r = 0; r < count; r++) {
            from.get(r * ld, to, r * ld, used);
        }
    }

    /** K' [F × (C·k² + 1)]: filter f's weights, then its bias. */
    private void putKernel(double[] k, int kOff, int biasOff) {
        int width = rows + 1;
        for (int f = 0; f < filters; f++) {
            for (int r = 0; r < rows; r++) {
                kernelArray[f * width + r] = (float) k[kOff + f * rows + r];
            }
            kernelArray[f * width + rows] = (float) k[biasOff + f];
        }
        kernelView.put(0, kernelArray, 0, filters * width);
    }

    @Override
    void products(double[] k, int kOff, int biasOff, double[] in, double[] out, int n) {
        int used = n * outPlane;
        for (int i = 0; i < n * inSize; i++) {
            inF[i] = (float) in[i];
        }
        for (int r = 0; r < rows; r++) {
            int[] t = xRuns[r];
            for (int b = 0; b < n; b++) {
                int base = r * capOut + b * outPlane;
                int src = b * inSize;
                for (int j = 0; j < t.length; j += 3) {
                    xView.put(base + t[j], inF, src + t[j + 1], t[j + 2]);
                }
            }
        }
        putKernel(k, kOff, biasOff);
        Blas.sgemm(false, false, filters, used, rows + 1, 1, kernel, rows + 1, x, capOut, 0, product, capOut);
        get(productView, productArray, filters, capOut, used);
        for (int b = 0; b < n; b++) {
            for (int f = 0; f < filters; f++) {
                int to = b * outSize + f * outPlane;
                int from = f * capOut + b * outPlane;
                for (int i = 0; i < outPlane; i++) {
                    out[to + i] = productArray[from + i];
                }
            }
        }
    }

    @Override
    void gradients(double[] k, int kOff, int biasOff, double[] delta, int n, double[] g, double[] dIn) {
        int used = n * outPlane;
        for (int b = 0; b < n; b++) {
            for (int f = 0; f < filters; f++) {
                int from = b * outSize + f * outPlane;
                int to = f * capOut + b * outPlane;
                for (int i = 0; i < outPlane; i++) {
                    productArray[to + i] = (float) delta[from + i];
                }
            }
        }
        put(productView, productArray, filters, capOut, used);
        // ∂L/∂K' [F × (C·k² + 1)] = Δ [F × n·P] · X'ᵀ: the sum over the chunk's examples is the product's own sum,
        // and the ones' column is ∂L/∂b
        int width = rows + 1;
        Blas.sgemm(false, true, filters, width, used, 1, product, capOut, x, capOut, 0, gradient, width);
        gradientView.get(0, gradientArray, 0, filters * width);
        for (int f = 0; f < filters; f++) {
            for (int r = 0; r < rows; r++) {
                g[kOff + f * rows + r] += gradientArray[f * width + r];
            }
            g[biasOff + f] += gradientArray[f * width + rows];
        }
        if (dIn == null) {
            return;
        }
        if (deltaRuns != null) {
            correlation(k, kOff, n, dIn);
        } else {
            col2im(n, dIn);
        }
    }

    /** Stride 1: ∂L/∂in [C × n·H·W] = K̃ [C × F·k²] · im2col(δout) [F·k² × n·H·W] ({@link InputGradientF}). */
    private void correlation(double[] k, int kOff, int n, double[] dIn) {
        int deltaRows = filters * taps;
        if (inputSide == null) {
            inputSide = new InputSide(deltaRows, capIn, channels * deltaRows, channels * capIn);
        }
        InputSide s = inputSide;
        for (int r = 0; r < deltaRows; r++) {
            int[] t = deltaRuns[r];
            for (int b = 0; b < n; b++) {
                int base = r * capIn + b * inPlane;
                int src = b * outPlane;
                for (int j = 0; j < t.length; j += 3) {
                    s.colsView.put(base + t[j], productArray, src + t[j + 1], t[j + 2]);
                }
            }
        }
        int used = n * inPlane;
        // K̃[c][f·k² + tap] = K[f][c][tap]
        for (int f = 0; f < filters; f++) {
            for (int c = 0; c < channels; c++) {
                int from = kOff + (f * channels + c) * taps;
                int to = c * deltaRows + f * taps;
                for (int tap = 0; tap < taps; tap++) {
                    s.kernelT[to + tap] = (float) k[from + tap];
                }
            }
        }
        s.kernelTView.put(0, s.kernelT, 0, channels * deltaRows);
        Blas.sgemm(false, false, channels, used, deltaRows, 1, s.kernelTPointer, deltaRows, s.cols, capIn, 0,
                s.result, capIn);
        get(s.resultView, s.resultArray, channels, capIn, used);
        for (int b = 0; b < n; b++) {
            for (int c = 0; c < channels; c++) {
                int to = b * inSize + c * inPlane;
                int from = c * capIn + b * inPlane;
                for (int i = 0; i < inPlane; i++) {
                    dIn[to + i] = s.resultArray[from + i];
                }
            }
        }
    }

    /** Other strides: Kᵀ·Δ [C·k² × n·P], then every value goes back to the pixel it was read from. */
    private void col2im(int n, double[] dIn) {
        if (inputSide == null) {
            inputSide = new InputSide(0, 0, 0, rows * capOut);
        }
        InputSide s = inputSide;
        int used = n * outPlane;
        // K' [F × (C·k² + 1)], still in place from this chunk's forward pass as X is, read as Kᵀ: its first
        // C·k² columns only
        Blas.sgemm(true, false, rows, used, filters, 1, kernel, rows + 1, product, capOut, 0, s.result,
                capOut);
        get(s.resultView, s.resultArray, rows, capOut, used);
        java.util.Arrays.fill(dIn, 0, n * inSize, 0);
        for (int r = 0; r < rows; r++) {
            int[] t = xRuns[r];
            for (int b = 0; b < n; b++) {
                int base = r * capOut + b * outPlane;
                int dst = b * inSize;
                for (int j = 0; j < t.length; j += 3) {
                    int o = base + t[j];
                    int p = dst + t[j + 1];
                    for (int i = 0; i < t[j + 2]; i++) {
                        dIn[p + i] += s.resultArray[o + i];
                    }
                }
            }
        }
    }
}
