package deepmath.conv;

/**
 * The book's definition written out literally, in doubles, for tests only: a convolution is the 'full'
 * sum F(i, j) = Σ M(a, b)·X(i − a·d, j − b·d) cropped to the chosen size, a correlation slides M unflipped;
 * X is the input extended by the padding. Deliberately slow and independent of {@link AxisGeometry}.
 */
final class ReferenceConvolution {
    private ReferenceConvolution() {
    }

    static double[][] apply(double[][] x, double[][] m, ConvolutionSpec spec) {
        int n = x.length;
        int p = x[0].length;
        int kr = m.length;
        int kc = m[0].length;
        int d = spec.dilation();
        int er = d * (kr - 1) + 1;
        int ec = d * (kc - 1) + 1;
        int[] rows = range(n, er, kr, d, spec);
        int[] cols = range(p, ec, kc, d, spec);
        int outRows = (rows[1] + spec.stride() - 1) / spec.stride();
        int outCols = (cols[1] + spec.stride() - 1) / spec.stride();
        double[][] out = new double[outRows][outCols];
        for (int i = 0; i < outRows; i++) {
            for (int j = 0; j < outCols; j++) {
                int fi = rows[0] + i * spec.stride();
                int fj = cols[0] + j * spec.stride();
                out[i][j] = spec.operation() == Operation.CONVOLUTION
                        ? fullConvolution(x, m, fi, fj, d, spec.padding())
                        : fullCorrelation(x, m, fi, fj, d, er, ec, spec.padding());
            }
        }
        return out;
    }

    /** {first index of the 'full' result kept, how many kept at stride 1}. */
    private static int[] range(int n, int e, int k, int d, ConvolutionSpec spec) {
        switch (spec.size()) {
            case FULL:
                return new int[] {0, n + e - 1};
            case VALID:
                return new int[] {e - 1, Math.max(0, n - e + 1)};
            default:
                // scipy's 'same': centred on the full result; even kernels padded left/top (book's rule).
                int offset = spec.operation() == Operation.CONVOLUTION
                        ? ((k - 1) / 2) * d
                        : (e - 1) - ((k - 1) / 2) * d;
                return new int[] {offset, n};
        }
    }

    private static double fullConvolution(double[][] x, double[][] m, int i, int j, int d, Padding padding) {
        double sum = 0;
        for (int a = 0; a < m.length; a++) {
            for (int b = 0; b < m[0].length; b++) {
                sum += m[a][b] * extended(x, i - a * d, j - b * d, padding);
            }
        }
        return sum;
    }

    /** Full correlation: C(i, j) = Σ M(a, b)·X(i − (e − 1) + a·d, ...). */
    private static double fullCorrelation(double[][] x, double[][] m, int i, int j, int d, int er, int ec,
                                          Padding padding) {
        double sum = 0;
        for (int a = 0; a < m.length; a++) {
            for (int b = 0; b < m[0].length; b++) {
                sum += m[a][b] * extended(x, i - (er - 1) + a * d, j - (ec - 1) + b * d, padding);
            }
        }
        return sum;
    }

    static double extended(double[][] x, int i, int j, Padding padding) {
        int r = map(i, x.length, padding);
        int c = map(j, x[0].length, padding);
        return r < 0 || c < 0 ? 0 : x[r][c];
    }

    /** Walks out of the range step by step, as the picture of each padding says. */
    private static int map(int i, int n, Padding padding) {
        if (i >= 0 && i < n) {
            return i;
        }
        switch (padding) {
            case ZERO:
                return -1;
            case REPLICATE:
                return Math.max(0, Math.min(n - 1, i));
            case WRAP:
                while (i < 0) {
                    i += n;
                }
                return i % n;
            default:
                if (n == 1) {
                    return 0;
                }
                while (i < 0 || i >= n) {
                    i = i < 0 ? -i : 2 * (n - 1) - i;
                }
                return i;
        }
    }
}
