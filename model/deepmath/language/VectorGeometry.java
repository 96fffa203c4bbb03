package deepmath.language;

import deepmath.core.BadInputException;

/**
 * The book's vector tools for embeddings (ch. 17 §4): Euclidean distance, cosine similarity
 * S(X, Y) = ⟨X | Y⟩/(‖X‖‖Y‖) and its angle, projection on a line p(x) = ⟨x | u⟩u (u of norm 1), and coordinates
 * π(x) = (⟨x | u⟩, ⟨x | v⟩) on the plane of two directions made orthonormal (Gram–Schmidt).
 */
public final class VectorGeometry {
    private VectorGeometry() {
    }

    public static double dot(double[] x, double[] y) {
        check(x, y);
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            s += x[i] * y[i];
        }
        return s;
    }

    public static double norm(double[] x) {
        return Math.sqrt(dot(x, x));
    }

    public static double distance(double[] x, double[] y) {
        check(x, y);
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            s += (x[i] - y[i]) * (x[i] - y[i]);
        }
        return Math.sqrt(s);
    }

    /** cos θ; 0 when a vector is zero (it has no direction). */
    public static double cosine(double[] x, double[] y) {
        double nx = norm(x);
        double ny = norm(y);
        return nx == 0 || ny == 0 ? 0 : dot(x, y) / (nx * ny);
    }

    /** θ in degrees, from the cosine clamped to [−1, 1]. */
    public static double angleDegrees(double[] x, double[] y) {
        return Math.toDegrees(Math.acos(Math.max(-1, Math.min(1, cosine(x, y)))));
    }

    /** u/‖u‖. */
    public static double[] unit(double[] u) {
        double n = norm(u);
        if (n == 0) {
            throw new BadInputException(LanguageProblem.ZERO_VECTOR);
        }
        double[] out = new double[u.length];
        for (int i = 0; i < u.length; i++) {
            out[i] = u[i] / n;
        }
        return out;
    }

    /** a − b + c (the book's king − man + woman). */
    public static double[] analogy(double[] a, double[] b, double[] c) {
        check(a, b);
        check(a, c);
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i] - b[i] + c[i];
        }
        return out;
    }

    public static double[] difference(double[] a, double[] b) {
        check(a, b);
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i] - b[i];
        }
        return out;
    }

    /** π(x) = ⟨x | u⟩ for the unit vector along {@code direction}. */
    public static double onLine(double[] x, double[] direction) {
        return dot(x, unit(direction));
    }

    /**
     * (⟨x | u⟩, ⟨x | v⟩) with u, v the orthonormal basis Gram–Schmidt makes of the two directions
     * (u along the first, v in their plane); refused when they are parallel.
     */
    public static double[] onPlane(double[] x, double[] first, double[] second) {
        double[][] basis = orthonormal(first, second);
        return new double[] {dot(x, basis[0]), dot(x, basis[1])};
    }

    public static double[][] orthonormal(double[] first, double[] second) {
        double[] u = unit(first);
        double along = dot(second, u);
        double[] w = new double[u.length];
        for (int i = 0; i < u.length; i++) {
            w[i] = second[i] - along * u[i];
        }
        if (norm(w) <= 1e-12 * Math.max(1, norm(second))) {
            throw new BadInputException(LanguageProblem.PARALLEL);
        }
        return new double[][] {u, unit(w)};
    }

    public static double[] toDouble(float[] row) {
        double[] out = new double[row.length];
        for (int i = 0; i < row.length; i++) {
            out[i] = row[i];
        }
        return out;
    }

    private static void check(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new BadInputException(LanguageProblem.DIMENSIONS, x.length, y.length);
        }
    }
}
