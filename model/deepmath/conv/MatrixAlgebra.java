package deepmath.conv;

/**
 * The algebraic properties of convolution the book states (chapter 11 §4, chapter 13 §1.3), on the user's
 * matrices, in doubles: the 'full' ("étendue") convolution A ẽ⋆ M, for which f ẽ⋆ g = g ẽ⋆ f and
 * (A ẽ⋆ M) ẽ⋆ N = A ẽ⋆ (M ẽ⋆ N); and the linearity A ⋆ (αM + βN) = α·A ⋆ M + β·A ⋆ N. The same sums without
 * the flip (correlation) are offered too: the book remarks that associativity then fails.
 */
public final class MatrixAlgebra {
    private MatrixAlgebra() {
    }

    /** A ẽ⋆ M: out(i, j) = Σ a(i − u, j − v)·m(u, v), size (n + r − 1) × (p + c − 1) (scipy mode='full'). */
    public static double[][] full(double[][] a, double[][] m) {
        int n = a.length + m.length - 1;
        int p = a[0].length + m[0].length - 1;
        double[][] out = new double[n][p];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a[0].length; j++) {
                for (int u = 0; u < m.length; u++) {
                    for (int v = 0; v < m[0].length; v++) {
                        out[i + u][j + v] += a[i][j] * m[u][v];
                    }
                }
            }
        }
        return out;
    }

    /** The full correlation: the kernel slid without the flip, out(i, j) = Σ a(i + u − r + 1, …)·m(u, v). */
    public static double[][] fullCorrelation(double[][] a, double[][] m) {
        return full(a, flipped(m));
    }

    /** A deep copy of a matrix given as rows (records holding one hand out copies, so nobody edits theirs). */
    public static double[][] copy(double[][] rows) {
        double[][] out = new double[rows.length][];
        for (int r = 0; r < rows.length; r++) {
            out[r] = rows[r].clone();
        }
        return out;
    }

    /** The kernel rotated by 180° (the book's "motif retourné"). */
    public static double[][] flipped(double[][] m) {
        int r = m.length;
        int c = m[0].length;
        double[][] out = new double[r][c];
        for (int u = 0; u < r; u++) {
            for (int v = 0; v < c; v++) {
                out[u][v] = m[r - 1 - u][c - 1 - v];
            }
        }
        return out;
    }

    /** α·M + β·N for two matrices of the same size. */
    public static double[][] combine(double alpha, double[][] m, double beta, double[][] n) {
        requireSameShape(m, n);
        double[][] out = new double[m.length][m[0].length];
        for (int u = 0; u < m.length; u++) {
            for (int v = 0; v < m[0].length; v++) {
                out[u][v] = alpha * m[u][v] + beta * n[u][v];
            }
        }
        return out;
    }

    /** The largest |x − y| over the entries, or +∞ when the sizes differ. */
    public static double maxDifference(double[][] x, double[][] y) {
        if (x.length != y.length || x[0].length != y[0].length) {
            return Double.POSITIVE_INFINITY;
        }
        double worst = 0;
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < x[0].length; j++) {
                worst = Math.max(worst, Math.abs(x[i][j] - y[i][j]));
            }
        }
        return worst;
    }

    /** The book's 'same' convolution A ⋆ M (scipy mode='same', zero padding), in doubles. */
    public static double[][] same(double[][] a, double[][] m) {
        return ConvNeuron.of(m, 0, deepmath.nn.Activation.IDENTITY).preActivation(a);
    }

    private static void requireSameShape(double[][] m, double[][] n) {
        if (m.length != n.length || m[0].length != n[0].length) {
            throw new deepmath.core.BadInputException(ConvProblem.SAME_SIZE, m.length, m[0].length, n.length,
                    n[0].length);
        }
    }
}
