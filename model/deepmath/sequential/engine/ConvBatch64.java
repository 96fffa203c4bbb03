package deepmath.sequential.engine;

import deepmath.nd.Blas;
import deepmath.nn.Activation;
import java.nio.DoubleBuffer;
import org.bytedeco.javacpp.DoublePointer;

/**
 * {@link ConvBatch} with float64 products: the same algorithm as {@link ConvBatch32} (so the float64 checks test
 * the gathers and layouts training runs), exact enough for finite differences. X and Δ are gathered on the Java
 * heap and copied to OpenBLAS's memory in one piece per row; the buffers of ∂L/∂in are made on first need.
 */
final class ConvBatch64 extends ConvBatch {
    private final double[] xArray;
    private final DoublePointer x;
    private final DoubleBuffer xView;
    private final double[] kernelArray;
    private final DoublePointer kernel;
    private final DoubleBuffer kernelView;
    private final double[] productArray;
    private final DoublePointer product;
    private final DoubleBuffer productView;
    private final double[] gradientArray;
    private final DoublePointer gradient;
    private final DoubleBuffer gradientView;
    private InputSide inputSide;

    /** The buffers of ∂L/∂in: δout's im2col and K̃ (stride 1), or Kᵀ·Δ for col2im. */
    private static final class InputSide {
        final double[] colsArray;
        final DoublePointer cols;
        final DoubleBuffer colsView;
        final double[] kernelT;
        final DoublePointer kernelTPointer;
        final DoubleBuffer kernelTView;
        final double[] resultArray;
        final DoublePointer result;
        final DoubleBuffer resultView;

        InputSide(int colRows, int colCount, int kernelSize, int resultSize) {
            this.colsArray = colRows == 0 ? null : new double[colRows * colCount];
            this.cols = colRows == 0 ? null : zeros((long) colRows * colCount);
            this.colsView = cols == null ? null : cols.asBuffer();
            this.kernelT = kernelSize == 0 ? null : new double[kernelSize];
            this.kernelTPointer = kernelSize == 0 ? null : zeros(kernelSize);
            this.kernelTView = kernelSize == 0 ? null : kernelTPointer.asBuffer();
            this.resultArray = new double[resultSize];
            this.result = zeros(resultSize);
            this.resultView = result.asBuffer();
        }
    }

    ConvBatch64(ConvGeometry g, Activation activation, int capacity) {
        super(g, activation, capacity);
        this.xArray = new double[rows * capOut];
        this.x = zeros((long) (rows + 1) * capOut);
        this.xView = x.asBuffer();
        // X's last row: the ones the biases multiply, written once (each chunk puts only the rows above it)
        for (int i = 0; i < capOut; i++) {
            xView.put(rows * capOut + i, 1);
        }
        this.kernelArray = new double[filters * (rows + 1)];
        this.kernel = zeros((long) filters * (rows + 1));
        this.kernelView = kernel.asBuffer();
        this.productArray = new double[filters * capOut];
        this.product = zeros((long) filters * capOut);
        this.productView = product.asBuffer();
        this.gradientArray = new double[filters * (rows + 1)];
        this.gradient = zeros((long) filters * (rows + 1));
        this.gradientView = gradient.asBuffer();
    }

    private static DoublePointer zeros(long n) {
        DoublePointer p = new DoublePointer(n);
        p.zero();
        return p;
    }

    /** The first {@code used} values of each of {@code count} rows of length {@code ld}: one put when whole. */
    private static void put(DoubleBuffer to, double[] from, int count, int ld, int used) {
        if (used == ld) {
            to.put(0, from, 0, count * ld);
            return;
        }
        for (int r = 0; r < count; r++) {
            to.put(r * ld, from, r * ld, used);
        }
    }

    private static void get(DoubleBuffer from, double[] to, int count, int ld, int used) {
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
            System.arraycopy(k, kOff + f * rows, kernelArray, f * width, rows);
            kernelArray[f * width + rows] = k[biasOff + f];
        }
        kernelView.put(0, kernelArray, 0, filters * width);
    }

    @Override
    void products(double[] k, int kOff, int biasOff, double[] in, double[] out, int n) {
        int used = n * outPlane;
        for (int r = 0; r < rows; r++) {
            int[] t = xRuns[r];
            for (int b = 0; b < n; b++) {
                int base = r * capOut + b * outPlane;
                int src = b * inSize;
                for (int j = 0; j < t.length; j += 3) {
                    System.arraycopy(in, src + t[j + 1], xArray, base + t[j], t[j + 2]);
                }
            }
        }
        put(xView, xArray, rows, capOut, used);
        putKernel(k, kOff, biasOff);
        Blas.dgemm(false, false, filters, used, rows + 1, 1, kernel, rows + 1, x, capOut, 0, product, capOut);
        get(productView, productArray, filters, capOut, used);
        for (int b = 0; b < n; b++) {
            for (int f = 0; f < filters; f++) {
                int to = b * outSize + f * outPlane;
                int from = f * capOut + b * outPlane;
                System.arraycopy(productArray, from, out, to, outPlane);
            }
        }
    }

    @Override
    void gradients(double[] k, int kOff, int biasOff, double[] delta, int n, double[] g, double[] dIn) {
        int used = n * outPlane;
        for (int b = 0; b < n; b++) {
            for (int f = 0; f < filters; f++) {
                System.arraycopy(delta, b * outSize + f * outPlane, productArray, f * capOut + b * outPlane, outPlane);
            }
        }
        put(productView, productArray, filters, capOut, used);
        // ∂L/∂K' [F × (C·k² + 1)] = Δ [F × n·P] · X'ᵀ: the sum over the chunk's examples is the product's own sum,
        // and the ones' column is ∂L/∂b
        int width = rows + 1;
        Blas.dgemm(false, true, filters, width, used, 1, product, capOut, x, capOut, 0, gradient, width);
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
                    System.arraycopy(productArray, src + t[j + 1], s.colsArray, base + t[j], t[j + 2]);
                }
            }
        }
        int used = n * inPlane;
        put(s.colsView, s.colsArray, deltaRows, capIn, used);
        // K̃[c][f·k² + tap] = K[f][c][tap]
        for (int f = 0; f < filters; f++) {
            for (int c = 0; c < channels; c++) {
                int from = kOff + (f * channels + c) * taps;
                int to = c * deltaRows + f * taps;
                for (int tap = 0; tap < taps; tap++) {
                    s.kernelT[to + tap] = k[from + tap];
                }
            }
        }
        s.kernelTView.put(0, s.kernelT, 0, channels * deltaRows);
        Blas.dgemm(false, false, channels, used, deltaRows, 1, s.kernelTPointer, deltaRows, s.cols, capIn, 0,
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
        Blas.dgemm(true, false, rows, used, filters, 1, kernel, rows + 1, product, capOut, 0, s.result,
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
