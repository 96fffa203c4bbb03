package deepmath.sequential.engine;

/**
 * A 2-D convolution as keras computes it — a correlation (the kernel is not flipped, see the book's note in
 * chapter 14) of F kernels k × k × C over an image, with a stride and 'same' or 'valid' zero padding:
 * out[f](y, x) = b[f] + Σ_c Σ_{u,v} K[f][c][u][v] · in[c](y·s + u − top, x·s + v − left).
 * Planes are stored channel after channel, row by row. Kernels are read at an offset of the parameter vector as
 * [f][c][u][v], then the F biases (the digits network's layout).
 *
 * <p>This generalises the digits engine's 3 × 3 kernel (the im2col way, kept as separate rows): for each channel
 * and tap (u, v) the input values the tap reads are gathered once into their own row, and every filter is a sum
 * of multiples of those C·k² rows. The rows are cut in tiles of {@link #TILE} output positions, each its own
 * array from index 0: the loops over two whole arrays are what the JIT turns into vector instructions, and one
 * tile's rows and the F accumulators stay in the processor's first-level cache, which whole 28 × 28 × 32 rows do
 * not. One instance per layer and per thread: it keeps the gathered rows of the last forward pass for the
 * backward pass.
 */
public final class ConvKernel {
    static final int TILE = 128;
    /** Below this many values per position the weight gradients are summed tile by tile (see below). */
    private static final int SHORT_PATCH = 32;
    private final int filters;
    private final int taps;
    private final int rowsPerTile;
    private final int inPlane;
    private final int outPlane;
    private final int tiles;
    /** source[tap][position] = where in the input plane the tap reads for that output position, −1 = padding. */
    private final int[][] source;
    /** cols[tile·C·k² + c·k² + tap][i]: the input value for output position tile·TILE + i. */
    private final double[][] cols;
    private final double[][] acc;
    private final double[] dCol = new double[TILE];
    /** One output position's C·k² input values, and ∂L/∂K by filter (then added into the gradient). */
    private final double[] patch;
    private final double[][] dK;

    public ConvKernel(ConvGeometry geometry) {
        this.filters = geometry.filters();
        this.taps = geometry.kernel() * geometry.kernel();
        this.rowsPerTile = geometry.channels() * taps;
        this.inPlane = geometry.height() * geometry.width();
        this.outPlane = geometry.outHeight() * geometry.outWidth();
        this.tiles = (outPlane + TILE - 1) / TILE;
        this.source = geometry.sources();
        this.cols = new double[tiles * rowsPerTile][TILE];
        this.acc = new double[filters][TILE];
        this.patch = new double[rowsPerTile];
        this.dK = new double[filters][rowsPerTile];
    }

    /** Kernels and biases at {@code k[kOff…]}; {@code in}: C input planes; {@code out}: F planes, overwritten. */
    public void forward(double[] k, int kOff, double[] in, double[] out) {
        gather(in);
        int biases = kOff + filters * rowsPerTile;
        for (int t = 0; t < tiles; t++) {
            for (int f = 0; f < filters; f++) {
                java.util.Arrays.fill(acc[f], k[biases + f]);
            }
            for (int r = 0; r < rowsPerTile; r++) {
                double[] col = cols[t * rowsPerTile + r];
                int f = 0;
                for (; f + 4 <= filters; f += 4) {
                    int w = kOff + f * rowsPerTile + r;
                    axpy4(k[w], k[w + rowsPerTile], k[w + 2 * rowsPerTile], k[w + 3 * rowsPerTile], col,
                            acc[f], acc[f + 1], acc[f + 2], acc[f + 3]);
                }
                for (; f < filters; f++) {
                    axpy(k[kOff + f * rowsPerTile + r], col, acc[f]);
                }
            }
            int from = t * TILE;
            int length = Math.min(TILE, outPlane - from);
            for (int f = 0; f < filters; f++) {
                System.arraycopy(acc[f], 0, out, f * outPlane + from, length);
            }
        }
    }

    private void gather(double[] in) {
        int channels = rowsPerTile / taps;
        for (int t = 0; t < tiles; t++) {
            int from = t * TILE;
            int length = Math.min(TILE, outPlane - from);
            for (int c = 0; c < channels; c++) {
                int plane = c * inPlane;
                for (int tap = 0; tap < taps; tap++) {
                    double[] col = cols[t * rowsPerTile + c * taps + tap];
                    int[] src = source[tap];
                    for (int i = 0; i < length; i++) {
                        int s = src[from + i];
                        col[i] = s < 0 ? 0 : in[plane + s];
                    }
                }
            }
        }
    }

    /**
     * Backpropagation after {@link #forward} on the same input {@code in} (chapter 12): given δout = ∂L/∂out
     * (F planes), adds ∂L/∂K and ∂L/∂b into {@code g}; when {@code dIn} is not null writes ∂L/∂in.
     */
    public void backward(double[] k, int kOff, double[] in, double[] dOut, double[] g, double[] dIn) {
        int biases = kOff + filters * rowsPerTile;
        for (int f = 0; f < filters; f++) {
            double sum = 0;
            for (int i = f * outPlane; i < (f + 1) * outPlane; i++) {
                sum += dOut[i];
            }
            g[biases + f] += sum;
        }
        weightGradients(in, dOut);
        for (int f = 0; f < filters; f++) {
            double[] row = dK[f];
            int w = kOff + f * rowsPerTile;
            for (int r = 0; r < rowsPerTile; r++) {
                g[w + r] += row[r];
            }
        }
        if (dIn != null) {
            inputGradients(k, kOff, dOut, dIn);
        }
    }

    /**
     * ∂L/∂K[f][r] = Σ_positions δout[f](i) · col_r(i), summed position by position: for each output position the
     * C·k² values it read form one contiguous row, so each filter's gradient row gets one whole-array axpy — a
     * loop the JIT vectorises, where a dot product per (f, r) would stay scalar (it may not reorder the sum).
     */
    private void weightGradients(double[] in, double[] dOut) {
        for (double[] row : dK) {
            java.util.Arrays.fill(row, 0);
        }
        if (rowsPerTile < SHORT_PATCH) {
            weightGradientsByTile(dOut);
            return;
        }
        int channels = rowsPerTile / taps;
        for (int i = 0; i < outPlane; i++) {
            for (int c = 0; c < channels; c++) {
                int plane = c * inPlane;
                for (int tap = 0; tap < taps; tap++) {
                    int s = source[tap][i];
                    patch[c * taps + tap] = s < 0 ? 0 : in[plane + s];
                }
            }
            for (int f = 0; f < filters; f++) {
                double d = dOut[f * outPlane + i];
                if (d != 0) {
                    axpy(d, patch, dK[f]);
                }
            }
        }
    }

    /**
     * The same sum for few input values per position (a first layer's 3 × 3 × 1): rows that short make the axpy's
     * overhead dominate, so each (f, r) is a dot product of δout with the gathered row, tile by tile.
     */
    private void weightGradientsByTile(double[] dOut) {
        for (int t = 0; t < tiles; t++) {
            int from = t * TILE;
            int length = Math.min(TILE, outPlane - from);
            for (int f = 0; f < filters; f++) {
                System.arraycopy(dOut, f * outPlane + from, acc[f], 0, length);
                java.util.Arrays.fill(acc[f], length, TILE, 0);
            }
            for (int r = 0; r < rowsPerTile; r++) {
                double[] col = cols[t * rowsPerTile + r];
                for (int f = 0; f < filters; f++) {
                    dK[f][r] += dot(acc[f], col);
                }
            }
        }
    }

    /** Σ x_i·y_i with four partial sums, which lets the processor overlap the additions. */
    private static double dot(double[] x, double[] y) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int n = x.length & ~3;
        for (int i = 0; i < n; i += 4) {
            s0 += x[i] * y[i];
            s1 += x[i + 1] * y[i + 1];
            s2 += x[i + 2] * y[i + 2];
            s3 += x[i + 3] * y[i + 3];
        }
        for (int i = n; i < x.length; i++) {
            s0 += x[i] * y[i];
        }
        return s0 + s1 + s2 + s3;
    }

    /** ∂L/∂in: each tap sends Σ_f K[f][r] · δout[f] back to the value it read, four filters per pass. */
    private void inputGradients(double[] k, int kOff, double[] dOut, double[] dIn) {
        java.util.Arrays.fill(dIn, 0, rowsPerTile / taps * inPlane, 0);
        for (int t = 0; t < tiles; t++) {
            int from = t * TILE;
            int length = Math.min(TILE, outPlane - from);
            for (int f = 0; f < filters; f++) {
                System.arraycopy(dOut, f * outPlane + from, acc[f], 0, length);
                java.util.Arrays.fill(acc[f], length, TILE, 0);
            }
            for (int r = 0; r < rowsPerTile; r++) {
                java.util.Arrays.fill(dCol, 0);
                int f = 0;
                for (; f + 4 <= filters; f += 4) {
                    int w = kOff + f * rowsPerTile + r;
                    sum4(k[w], k[w + rowsPerTile], k[w + 2 * rowsPerTile], k[w + 3 * rowsPerTile],
                            acc[f], acc[f + 1], acc[f + 2], acc[f + 3], dCol);
                }
                for (; f < filters; f++) {
                    axpy(k[kOff + f * rowsPerTile + r], acc[f], dCol);
                }
                int[] src = source[r % taps];
                int plane = r / taps * inPlane;
                for (int i = 0; i < length; i++) {
                    int s = src[from + i];
                    if (s >= 0) {
                        dIn[plane + s] += dCol[i];
                    }
                }
            }
        }
    }

    /** y_j += a_j·x for four rows at once: x is loaded once for four multiply-adds. */
    private static void axpy4(double a0, double a1, double a2, double a3, double[] x,
                              double[] y0, double[] y1, double[] y2, double[] y3) {
        for (int i = 0; i < x.length; i++) {
            double v = x[i];
            y0[i] += a0 * v;
            y1[i] += a1 * v;
            y2[i] += a2 * v;
            y3[i] += a3 * v;
        }
    }

    /** y += a0·x0 + a1·x1 + a2·x2 + a3·x3: y is loaded and stored once for four multiply-adds. */
    private static void sum4(double a0, double a1, double a2, double a3, double[] x0, double[] x1, double[] x2,
                             double[] x3, double[] y) {
        for (int i = 0; i < y.length; i++) {
            y[i] += a0 * x0[i] + a1 * x1[i] + a2 * x2[i] + a3 * x3[i];
        }
    }

    private static void axpy(double a, double[] x, double[] y) {
        for (int i = 0; i < y.length; i++) {
            y[i] += a * x[i];
        }
    }

}
