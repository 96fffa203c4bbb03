package deepmath.calculus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import deepmath.core.BadInputException;
import org.junit.jupiter.api.Test;

/**
 * Least-squares polynomials (ch. 9 line 11118, over-fitting, example 1: four points, a line that cannot be exact, a
 * curve of degree 3 through all of them), on the lab's four points (1, 1), (2, 2.5), (3, 2), (4, 3.5): the book
 * draws its four points without numbers.
 */
class PolynomialFitTest {
    private static final double[] XS = {1, 2, 3, 4};
    private static final double[] YS = {1, 2.5, 2, 3.5};

    @Test
    void theLineOfLeastSquaresOfTheFourPointsIsY07xPlus05() {
        // x̄ = 2.5, ȳ = 2.25, Σ(x − x̄)(y − ȳ) = 3.5, Σ(x − x̄)² = 5: a = 0.7, b = 2.25 − 0.7·2.5 = 0.5
        PolynomialFit line = PolynomialFit.of(XS, YS, 1);
        assertArrayEquals(new double[] {0.5, 0.7}, line.coefficients(), 1e-12);
        // E = Σ(y − ȳ)² − 3.5²/5 = 3.25 − 2.45 = 0.8: "l'erreur ne sera jamais nulle"
        assertEquals(0.8, line.squaredError(XS, YS), 1e-12);
        assertEquals(4.0, line.value(5), 1e-12);
    }

    @Test
    void degreeZeroIsTheMean() {
        PolynomialFit constant = PolynomialFit.of(XS, YS, 0);
        assertEquals(2.25, constant.value(-7), 1e-12);
        assertEquals(3.25, constant.squaredError(XS, YS), 1e-12);
    }

    @Test
    void degreeThreeInterpolatesTheFourPointsExactly() {
        // "une courbe polynomiale de degré 3 [...] qui passe exactement par tous les points [...] l'erreur sera nulle"
        PolynomialFit cubic = PolynomialFit.of(XS, YS, 3);
        for (int i = 0; i < XS.length; i++) {
            assertEquals(YS[i], cubic.value(XS[i]), 1e-12);
        }
        assertEquals(0, cubic.squaredError(XS, YS), 1e-20);
        // Newton's forward differences 1.5, −0.5, 1.5 / −2, 2 / 4: p(5) = 1 + 4·1.5 + 6·(−2) + 4·4 = 11
        assertEquals(11, cubic.value(5), 1e-10);
        // p(x) = −6.5 + (71/6)x − 5x² + (2/3)x³ (solved by hand from the four equations p(xᵢ) = yᵢ)
        assertArrayEquals(new double[] {-6.5, 71.0 / 6, -5, 2.0 / 3}, cubic.coefficients(), 1e-10);
        assertEquals(3, cubic.degree());
    }

    @Test
    void theTrainingErrorNeverGrowsWithTheDegree() {
        double previous = Double.POSITIVE_INFINITY;
        for (int d = 0; d <= 3; d++) {
            double e = PolynomialFit.of(XS, YS, d).squaredError(XS, YS);
            assertTrue(e <= previous + 1e-12, "degree " + d + ": " + e + " after " + previous);
            previous = e;
        }
        // the even part of y about x̄ is the constant 2.25 (y(1) + y(4) = y(2) + y(3) = 4.5): no x² term, the
        // parabola is the line
        assertEquals(0.8, PolynomialFit.of(XS, YS, 2).squaredError(XS, YS), 1e-12);
        assertEquals(4.0, PolynomialFit.of(XS, YS, 2).value(5), 1e-10);
    }

    @Test
    void theExpandedCoefficientsAgreeWithTheValues() {
        double[] xs = {-3, -1, 0, 2, 5, 6, 9};
        double[] ys = {4, -2, 1, 0.5, 7, -1, 3};
        PolynomialFit p = PolynomialFit.of(xs, ys, 6); // seven points, degree 6: through all
        double[] a = p.coefficients();
        for (double x : new double[] {-3, 0.7, 4, 9}) {
            double horner = 0;
            for (int k = a.length - 1; k >= 0; k--) {
                horner = horner * x + a[k];
            }
            assertEquals(p.value(x), horner, 1e-8 * Math.max(1, Math.abs(horner)));
        }
        for (int i = 0; i < xs.length; i++) {
            assertEquals(ys[i], p.value(xs[i]), 1e-9);
        }
    }

    @Test
    void tooHighADegreeOrTwoPointsOnOneVerticalAreRefused() {
        BadInputException high = assertThrows(BadInputException.class, () -> PolynomialFit.of(XS, YS, 4));
        assertEquals(CalculusProblem.FIT_DEGREE, high.said().problem());
        BadInputException same = assertThrows(BadInputException.class,
                () -> PolynomialFit.of(new double[] {1, 1, 2}, new double[] {0, 1, 2}, 2));
        assertEquals(CalculusProblem.FIT_SAME_X, same.said().problem());
        // a line through the same three points is fine: least squares, not interpolation
        // (x̄ = 4/3, ȳ = 1, Σ(x − x̄)(y − ȳ) = 1, Σ(x − x̄)² = 2/3: y = 1.5x − 1)
        assertEquals(1.25, PolynomialFit.of(new double[] {1, 1, 2}, new double[] {0, 1, 2}, 1).value(1.5), 1e-12);
    }
}
