package deepmath.calculus;

import deepmath.core.BadInputException;

/**
 * The polynomial of degree d closest to n points in least squares, E = Σ (p(xᵢ) − yᵢ)² (the book's error as a sum,
 * ch. 9 line 11118: a line that cannot be exact, then "une courbe polynomiale de degré 3 ou plus qui passe exactement
 * par tous les points"). With d = n − 1 the minimum is E = 0: p interpolates the points. The normal equations
 * VᵀV c = Vᵀy are solved by {@link LinearSolve} in the variable u = (x − m)/s (centred and scaled on the points), which
 * keeps the Vandermonde matrix V well conditioned for the degrees the lab offers.
 */
public final class PolynomialFit {
    private final double centre;
    private final double scale;
    private final double[] scaled; // coefficients in u = (x − centre)/scale

    private PolynomialFit(double centre, double scale, double[] scaled) {
        this.centre = centre;
        this.scale = scale;
        this.scaled = scaled;
    }

    /** The least-squares polynomial of {@code degree} through (xs[i], ys[i]); needs degree + 1 distinct x at least. */
    public static PolynomialFit of(double[] xs, double[] ys, int degree) {
        int n = xs.length;
        if (degree < 0 || n < degree + 1) {
            throw new BadInputException(CalculusProblem.FIT_DEGREE, degree, degree + 1, n);
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double x : xs) {
            lo = Math.min(lo, x);
            hi = Math.max(hi, x);
        }
        double centre = (lo + hi) / 2;
        double scale = hi > lo ? (hi - lo) / 2 : 1;
        int m = degree + 1;
        double[][] normal = new double[m][m];
        double[] right = new double[m];
        double[] powers = new double[m];
        for (int i = 0; i < n; i++) {
            double u = (xs[i] - centre) / scale;
            powers[0] = 1;
            for (int k = 1; k < m; k++) {
                powers[k] = powers[k - 1] * u;
            }
            for (int r = 0; r < m; r++) {
                right[r] += powers[r] * ys[i];
                for (int c = 0; c < m; c++) {
                    normal[r][c] += powers[r] * powers[c];
                }
            }
        }
        double[] c = LinearSolve.solve(normal, right);
        if (c == null) {
            throw new BadInputException(CalculusProblem.FIT_SAME_X, degree);
        }
        return new PolynomialFit(centre, scale, c);
    }

    public int degree() {
        return scaled.length - 1;
    }

    /** p(x), by Horner's rule in u. */
    public double value(double x) {
        double u = (x - centre) / scale;
        double sum = 0;
        for (int k = scaled.length - 1; k >= 0; k--) {
            sum = sum * u + scaled[k];
        }
        return sum;
    }

    /** The coefficients a₀, a₁, …, a_d of p(x) = a₀ + a₁x + … + a_d·x^d (u's expanded back into powers of x). */
    public double[] coefficients() {
        int m = scaled.length;
        double[] out = new double[m];
        // ((x − centre)/scale)^k = Σ_j C(k, j) x^j (−centre)^(k−j) / scale^k
        for (int k = 0; k < m; k++) {
            double factor = scaled[k] / Math.pow(scale, k);
            double binomial = 1;
            for (int j = 0; j <= k; j++) {
                out[j] += factor * binomial * Math.pow(-centre, k - j);
                binomial = binomial * (k - j) / (j + 1);
            }
        }
        return out;
    }

    /** E = Σ (p(xᵢ) − yᵢ)² over the given points. */
    public double squaredError(double[] xs, double[] ys) {
        double sum = 0;
        for (int i = 0; i < xs.length; i++) {
            double r = value(xs[i]) - ys[i];
            sum += r * r;
        }
        return sum;
    }
}
