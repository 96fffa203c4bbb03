package deepmath.transformer;

import deepmath.core.BadInputException;

/**
 * The few dense-matrix operations chapter 18's hand computations need, on rows {@code double[row][column]}:
 * small matrices typed by the reader, where a plain loop is exact enough and easy to check.
 */
public final class Matrices {
    /** The largest side a typed matrix may have (a hand computation, not a model). */
    public static final int MAX_SIDE = 64;

    private Matrices() {
    }

    /** Checks that {@code m} is a non-empty rectangle of finite numbers; {@code what} names it in a refusal. */
    public static double[][] checked(double[][] m, String what) {
        if (m == null || m.length == 0 || m[0].length == 0) {
            throw new BadInputException(TransformerProblem.EMPTY, what);
        }
        for (int r = 0; r < m.length; r++) {
            if (m[r].length != m[0].length) {
                throw new BadInputException(TransformerProblem.RAGGED, what, r + 1, m[r].length, m[0].length);
            }
            for (double v : m[r]) {
                if (!Double.isFinite(v)) {
                    throw new BadInputException(TransformerProblem.NOT_FINITE, what);
                }
            }
        }
        if (m.length > MAX_SIDE || m[0].length > MAX_SIDE) {
            throw new BadInputException(TransformerProblem.TOO_LARGE, what, MAX_SIDE, m.length, m[0].length);
        }
        return m;
    }

    public static double[][] transpose(double[][] m) {
        double[][] t = new double[m[0].length][m.length];
        for (int r = 0; r < m.length; r++) {
            for (int c = 0; c < m[0].length; c++) {
                t[c][r] = m[r][c];
            }
        }
        return t;
    }

    /** a·b; {@code aName}, {@code bName} name the factors when the inner sizes differ. */
    public static double[][] multiply(double[][] a, double[][] b, String aName, String bName) {
        if (a[0].length != b.length) {
            throw new BadInputException(TransformerProblem.INNER_SIZES, aName, a[0].length, bName, b.length);
        }
        double[][] out = new double[a.length][b[0].length];
        for (int i = 0; i < a.length; i++) {
            for (int k = 0; k < b.length; k++) {
                double aik = a[i][k];
                for (int j = 0; j < b[0].length; j++) {
                    out[i][j] += aik * b[k][j];
                }
            }
        }
        return out;
    }

    public static double[][] multiply(double[][] a, double[][] b) {
        return multiply(a, b, "A", "B");
    }

    public static double[] times(double[][] a, double[] x) {
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < x.length; j++) {
                out[i] += a[i][j] * x[j];
            }
        }
        return out;
    }

    public static double[][] identity(int n) {
        double[][] out = new double[n][n];
        for (int i = 0; i < n; i++) {
            out[i][i] = 1;
        }
        return out;
    }

    /** The largest |aᵢⱼ − bᵢⱼ| of two matrices of one shape. */
    public static double maxDifference(double[][] a, double[][] b) {
        double worst = 0;
        for (int r = 0; r < a.length; r++) {
            for (int c = 0; c < a[r].length; c++) {
                worst = Math.max(worst, Math.abs(a[r][c] - b[r][c]));
            }
        }
        return worst;
    }

    /** The inverse of a square matrix, or null when it is singular to working precision (the lab's one solver). */
    public static double[][] inverse(double[][] a) {
        return deepmath.calculus.LinearSolve.inverse(a);
    }
}
