package deepmath.digits;

/**
 * A 3 × 3 convolution layer as Keras computes it — a correlation (the kernel is not flipped, unlike the
 * book's convolution of chapter 12) with zero padding and 'same' output size:
 * out[f](y,x) = c[f] + Σ_ch Σ_{u,v ∈ {−1,0,1}} K[f][ch](u,v) · in[ch](y+u, x+v).
 * Planes are stored channel after channel, row by row, in flat arrays.
 * <p>
 * The work is done the im2col way, kept as separate rows: for each channel and each of the 9 taps, the
 * input plane shifted by that tap (zeros where it leaves the image) is copied once into its own array;
 * every filter is then a sum of multiples of those 9·C shifted planes. Loops over two whole arrays from
 * index 0 are what the JIT turns into vector instructions; the same loops at offsets inside one flat array
 * are not, because it cannot rule out that the two ranges overlap. One instance per layer and per thread:
 * it keeps the shifted planes of the last forward pass for the backward pass.
 */
final class Conv3x3 {
    private final int filters;
    private final int channels;
    private final int side;
    private final int plane;
    /** cols[ch·9 + tap][y·side + x] = in[ch](y+u, x+v), tap = (u+1)·3 + (v+1). */
    private final double[][] cols;
    private final double[][] dCols;
    private final double[] acc;

    Conv3x3(int filters, int channels, int side) {
        this.filters = filters;
        this.channels = channels;
        this.side = side;
        this.plane = side * side;
        this.cols = new double[channels * 9][plane];
        this.dCols = new double[channels * 9][plane];
        this.acc = new double[plane];
    }

    /**
     * @param k    the parameter vector; kernels at {@code kOff} as [f][ch][u][v], then the F biases
     * @param in   {@code channels} planes of side × side
     * @param out  F planes, overwritten
     */
    void forward(double[] k, int kOff, double[] in, double[] out) {
        for (int ch = 0; ch < channels; ch++) {
            for (int tap = 0; tap < 9; tap++) {
                shift(in, ch * plane, cols[ch * 9 + tap], tap / 3 - 1, tap % 3 - 1);
            }
        }
        int biases = kOff + filters * channels * 9;
        for (int f = 0; f < filters; f++) {
            java.util.Arrays.fill(acc, k[biases + f]);
            int w = kOff + f * channels * 9;
            for (int c = 0; c < channels * 9; c++) {
                axpy(k[w + c], cols[c], acc);
            }
            System.arraycopy(acc, 0, out, f * plane, plane);
        }
    }

    /**
     * Backpropagation through the layer (chapter 12): given δout = ∂L/∂out, adds ∂L/∂K and ∂L/∂c into
     * {@code g}; when {@code dIn} is not null, writes ∂L/∂in — each tap sends w · δout back to the pixel it
     * read, i.e. the shifted planes' gradients are shifted back and summed.
     */
    void backward(double[] k, int kOff, double[] dOut, double[] g, double[] dIn) {
        int biases = kOff + filters * channels * 9;
        if (dIn != null) {
            for (double[] d : dCols) {
                java.util.Arrays.fill(d, 0);
            }
        }
        for (int f = 0; f < filters; f++) {
            System.arraycopy(dOut, f * plane, acc, 0, plane);
            double sum = 0;
            for (double v : acc) {
                sum += v;
            }
            g[biases + f] += sum;
            int w = kOff + f * channels * 9;
            for (int c = 0; c < channels * 9; c++) {
                g[w + c] += dot(acc, cols[c]);
                if (dIn != null) {
                    axpy(k[w + c], acc, dCols[c]);
                }
            }
        }
        if (dIn != null) {
            java.util.Arrays.fill(dIn, 0, channels * plane, 0);
            for (int ch = 0; ch < channels; ch++) {
                for (int tap = 0; tap < 9; tap++) {
                    unshiftAdd(dCols[ch * 9 + tap], dIn, ch * plane, tap / 3 - 1, tap % 3 - 1);
                }
            }
        }
    }

    /** target(y,x) = source(y+u, x+v), 0 outside the image (zero padding). */
    private void shift(double[] source, int sOff, double[] target, int u, int v) {
        java.util.Arrays.fill(target, 0);
        int x0 = Math.max(0, -v);
        int x1 = Math.min(side, side - v);
        for (int y = Math.max(0, -u); y < Math.min(side, side - u); y++) {
            System.arraycopy(source, sOff + (y + u) * side + x0 + v, target, y * side + x0, x1 - x0);
        }
    }

    /** The transpose of {@link #shift}: target(y+u, x+v) += source(y,x) wherever both are inside. */
    private void unshiftAdd(double[] source, double[] target, int tOff, int u, int v) {
        int x0 = Math.max(0, -v);
        int x1 = Math.min(side, side - v);
        for (int y = Math.max(0, -u); y < Math.min(side, side - u); y++) {
            int t = tOff + (y + u) * side + v;
            int s = y * side;
            for (int x = x0; x < x1; x++) {
                target[t + x] += source[s + x];
            }
        }
    }

    private static void axpy(double a, double[] x, double[] y) {
        for (int i = 0; i < y.length; i++) {
            y[i] += a * x[i];
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
}
