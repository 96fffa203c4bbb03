package deepmath.transformer;

import deepmath.core.BadInputException;

/**
 * The tensor product of chapter 18, §5, both ways the book defines it: its action on a matrix, (A ⊗ B)·M = B·M·Aᵀ
 * (M has B's columns as rows and A's columns as columns), and the Kronecker matrix A ⊗ B = (aᵢⱼ·B) acting on
 * vec(M), the columns of M stacked top to bottom (the book's vec, column-major). The identity
 * (A ⊗ B)·vec(M) = vec(B·M·Aᵀ) says the two agree.
 */
public record Kronecker(double[][] a, double[][] b, double[][] m, double[][] product, double[] vecM,
                        double[] productTimesVec, double[][] action) {

    public static Kronecker of(double[][] a, double[][] b, double[][] m) {
        Matrices.checked(a, "A");
        Matrices.checked(b, "B");
        Matrices.checked(m, "M");
        if (m.length != b[0].length || m[0].length != a[0].length) {
            throw new BadInputException(TransformerProblem.KRON_M_SHAPE, b[0].length, a[0].length, m.length,
                    m[0].length);
        }
        double[][] product = product(a, b);
        double[] vec = vec(m);
        double[][] action = Matrices.multiply(Matrices.multiply(b, m, "B", "M"), Matrices.transpose(a), "B·M", "Aᵀ");
        return new Kronecker(a, b, m, product, vec, Matrices.times(product, vec), action);
    }

    /** The Kronecker matrix: block (i, j) is aᵢⱼ·B; (rows of A × rows of B) by (columns of A × columns of B). */
    public static double[][] product(double[][] a, double[][] b) {
        Matrices.checked(a, "A");
        Matrices.checked(b, "B");
        int br = b.length;
        int bc = b[0].length;
        if ((long) a.length * br > Matrices.MAX_SIDE * Matrices.MAX_SIDE
                || (long) a[0].length * bc > Matrices.MAX_SIDE * Matrices.MAX_SIDE) {
            throw new BadInputException(TransformerProblem.TOO_LARGE, "A ⊗ B", Matrices.MAX_SIDE * Matrices.MAX_SIDE,
                    a.length * br, a[0].length * bc);
        }
        double[][] out = new double[a.length * br][a[0].length * bc];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a[0].length; j++) {
                for (int k = 0; k < br; k++) {
                    for (int l = 0; l < bc; l++) {
                        out[i * br + k][j * bc + l] = a[i][j] * b[k][l];
                    }
                }
            }
        }
        return out;
    }

    /** vec(M): the columns C₁, …, C_p of M stacked into one vector. */
    public static double[] vec(double[][] m) {
        int rows = m.length;
        double[] out = new double[rows * m[0].length];
        for (int c = 0; c < m[0].length; c++) {
            for (int r = 0; r < rows; r++) {
                out[c * rows + r] = m[r][c];
            }
        }
        return out;
    }

    /** The matrix with {@code rows} rows whose stacked columns are {@code v} (the inverse of {@link #vec}). */
    public static double[][] unvec(double[] v, int rows) {
        int cols = v.length / rows;
        double[][] out = new double[rows][cols];
        for (int c = 0; c < cols; c++) {
            for (int r = 0; r < rows; r++) {
                out[r][c] = v[c * rows + r];
            }
        }
        return out;
    }

    /** (A ⊗ B)·vec(M) put back as a matrix with B's rows: must equal {@link #action()}. */
    public double[][] productResult() {
        return unvec(productTimesVec, b.length);
    }

    /** The largest difference between the two sides of the identity. */
    public double identityGap() {
        return Matrices.maxDifference(productResult(), action);
    }
}
