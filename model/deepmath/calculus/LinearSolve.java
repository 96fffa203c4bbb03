package deepmath.calculus;

/**
 * Gaussian elimination with partial pivoting for the lab's small systems: Newton's steps (the Hessian), the
 * inverse of A·Aᵀ in the minimum-norm solution. One implementation; singular to working precision (a pivot
 * below 1e-12 of the largest entry) gives null.
 */
public final class LinearSolve {
    private LinearSolve() {
    }

    /** Solves A·x = b, or returns null when A is singular. */
    public static double[] solve(double[][] a, double[] b) {
        double[][] columns = new double[b.length][1];
        for (int i = 0; i < b.length; i++) {
            columns[i][0] = b[i];
        }
        double[][] x = solve(a, columns);
        if (x == null) {
            return null;
        }
        double[] out = new double[b.length];
        for (int i = 0; i < b.length; i++) {
            out[i] = x[i][0];
        }
        return out;
    }

    /** The inverse of a square matrix, or null when it is singular. */
    public static double[][] inverse(double[][] a) {
        double[][] identity = new double[a.length][a.length];
        for (int i = 0; i < a.length; i++) {
            identity[i][i] = 1;
        }
        return solve(a, identity);
    }

    /** Solves A·X = B for every column of B at once, or returns null when A is singular. */
    public static double[][] solve(double[][] a, double[][] b) {
        int n = a.length;
        int k = n == 0 ? 0 : b[0].length;
        double[][] m = new double[n][n + k];
        double scale = 0;
        for (int i = 0; i < n; i++) {
            System.arraycopy(a[i], 0, m[i], 0, n);
            System.arraycopy(b[i], 0, m[i], n, k);
            for (int j = 0; j < n; j++) {
                scale = Math.max(scale, Math.abs(a[i][j]));
            }
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int row = col + 1; row < n; row++) {
                if (Math.abs(m[row][col]) > Math.abs(m[pivot][col])) {
                    pivot = row;
                }
            }
            if (Math.abs(m[pivot][col]) <= 1e-12 * Math.max(scale, 1e-300)) {
                return null;
            }
            double[] swap = m[col];
            m[col] = m[pivot];
            m[pivot] = swap;
            for (int row = col + 1; row < n; row++) {
                double factor = m[row][col] / m[col][col];
                for (int j = col; j < n + k; j++) {
                    m[row][j] -= factor * m[col][j];
                }
            }
        }
        double[][] x = new double[n][k];
        for (int c = 0; c < k; c++) {
            for (int row = n - 1; row >= 0; row--) {
                double sum = m[row][n + c];
                for (int j = row + 1; j < n; j++) {
                    sum -= m[row][j] * x[j][c];
                }
                x[row][c] = sum / m[row][row];
            }
        }
        return x;
    }
}
