package deepmath.transformer;

import deepmath.core.BadInputException;

/**
 * The least-squares unembedding of the book's chapter 18 (proposition 1): for A ∈ M(n, N) of rank n (N ≥ n, an
 * under-determined system) and y ∈ Rⁿ, the solution of A·x = y of least norm is x = B·y with B = Aᵀ(A·Aᵀ)⁻¹,
 * the orthogonal projection of 0 on the affine subspace A·x = y. Every intermediate matrix is kept, as the book
 * lays the example out: Aᵀ, A·Aᵀ, (A·Aᵀ)⁻¹, B, x.
 */
public record MinimumNorm(double[][] a, double[] y, double[][] transpose, double[][] gram, double[][] gramInverse,
                          double[][] b, double[] x) {

    public static MinimumNorm solve(double[][] a, double[] y) {
        Matrices.checked(a, "A");
        if (y.length != a.length) {
            throw new BadInputException(TransformerProblem.TARGET_LENGTH, y.length, a.length);
        }
        Matrices.checked(new double[][] {y}, "y");
        double[][] t = Matrices.transpose(a);
        double[][] gram = Matrices.multiply(a, t, "A", "Aᵀ");
        double[][] inverse = Matrices.inverse(gram);
        if (inverse == null) {
            throw new BadInputException(TransformerProblem.RANK, a.length);
        }
        double[][] b = Matrices.multiply(t, inverse, "Aᵀ", "(A·Aᵀ)⁻¹");
        return new MinimumNorm(a, y.clone(), t, gram, inverse, b, Matrices.times(b, y));
    }

    /** A·x, which must give y back. */
    public double[] check() {
        return Matrices.times(a, x);
    }

    /** ‖x‖₂. */
    public double norm() {
        double s = 0;
        for (double v : x) {
            s += v * v;
        }
        return Math.sqrt(s);
    }
}
