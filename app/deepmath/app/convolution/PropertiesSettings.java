package deepmath.app.convolution;

import deepmath.conv.MatrixAlgebra;
import deepmath.conv.MatrixExample;
import deepmath.conv.MatrixText;
import java.util.Arrays;

/**
 * Everything the properties tab shows: which identity (book chapter 11 §4, chapter 13 §1.3), the two lists f
 * and g as typed, the matrix A and the kernels M and N, the coefficients α and β, and whether the sums are
 * taken without the flip (correlation), where the book remarks that the identities fail.
 */
record PropertiesSettings(Property property, String f, String g, double[][] a, double[][] m, double[][] n,
                          double alpha, double beta, boolean correlation) {
    static final int MAX_SIZE = 6;
    /**
     * The book's A and M (line 13361) and, as N, its emboss kernel (line 13787): N is not symmetric under the
     * 180° turn, so that "without the flip" shows associativity failing.
     */
    static final PropertiesSettings DEFAULT = new PropertiesSettings(Property.ASSOCIATIVITY, "1, 0, 3, 5, 1", "1, 2, 3",
            MatrixExample.WORKED.input(), MatrixExample.WORKED.kernel(), new double[][] {{-2, -1, 0}, {-1, 1, 1}, {0, 1, 2}},
            2, -1, false);

    enum Property {
        COMMUTATIVITY("commutativity"), ASSOCIATIVITY("associativity"), LINEARITY("linearity");

        private final String key;

        Property(String key) {
            this.key = key;
        }

        String key() {
            return key;
        }
    }

    PropertiesSettings {
        a = MatrixAlgebra.copy(a);
        m = MatrixAlgebra.copy(m);
        n = MatrixAlgebra.copy(n);
        if (!Double.isFinite(alpha) || !Double.isFinite(beta)) {
            throw new IllegalArgumentException("α and β are numbers");
        }
    }

    @Override
    public double[][] a() {
        return MatrixAlgebra.copy(a);
    }

    @Override
    public double[][] m() {
        return MatrixAlgebra.copy(m);
    }

    @Override
    public double[][] n() {
        return MatrixAlgebra.copy(n);
    }

    PropertiesSettings withProperty(Property value) {
        return new PropertiesSettings(value, f, g, a, m, n, alpha, beta, correlation);
    }

    PropertiesSettings withLists(String newF, String newG) {
        return new PropertiesSettings(property, newF, newG, a, m, n, alpha, beta, correlation);
    }

    PropertiesSettings withMatrices(double[][] newA, double[][] newM, double[][] newN) {
        return new PropertiesSettings(property, f, g, newA, newM, newN, alpha, beta, correlation);
    }

    PropertiesSettings withCoefficients(double newAlpha, double newBeta) {
        return new PropertiesSettings(property, f, g, a, m, n, newAlpha, newBeta, correlation);
    }

    PropertiesSettings withCorrelation(boolean value) {
        return new PropertiesSettings(property, f, g, a, m, n, alpha, beta, value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PropertiesSettings s && s.property == property && s.f.equals(f) && s.g.equals(g)
                && Arrays.deepEquals(s.a, a) && Arrays.deepEquals(s.m, m) && Arrays.deepEquals(s.n, n)
                && Double.compare(s.alpha, alpha) == 0 && Double.compare(s.beta, beta) == 0
                && s.correlation == correlation;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(property, f, g, Arrays.deepHashCode(a), Arrays.deepHashCode(m),
                Arrays.deepHashCode(n), alpha, beta, correlation);
    }

    @Override
    public String toString() {
        return "PropertiesSettings[" + property.key() + ", f '" + f + "', g '" + g + "', A " + MatrixText.format(a)
                + ", M " + MatrixText.format(m) + ", N " + MatrixText.format(n) + ", α " + alpha + ", β " + beta
                + (correlation ? ", correlation" : "") + "]";
    }
}
