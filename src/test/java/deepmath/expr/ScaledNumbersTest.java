package deepmath.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import deepmath.calculus.PlaneFunction;
import org.junit.jupiter.api.Test;

/** Rounding noise next to numbers of a real size reads 0; everything else keeps its significant digits. */
class ScaledNumbersTest {

    @Test
    void theHessianOfTheBooksFunctionWhereAnEntryIsExactlyZeroShowsThatZero() {
        // f = x·e^(−x²−y²): ∂²f/∂x∂y = −2y(1 − 2x²)e^(−x²−y²) vanishes on x = 1/√2, where the computed entry
        // is rounding noise (1 − 2x² is not exactly 0 in double).
        PlaneFunction f = new PlaneFunction(Formula.parse("x*exp(-x^2-y^2)"), "x", "y");
        double[][] h = f.hessian(1 / Math.sqrt(2), 1);
        assertNotEquals(0, h[0][1], "the raw entry is noise, not 0");
        assertTrue(Math.abs(h[0][1]) < 1e-15, "noise: " + h[0][1]);
        assertTrue(Numbers.format(h[0][1], 4).contains("e-"), "printed raw it reads " + Numbers.format(h[0][1], 4));
        String[] shown = ScaledNumbers.formatAll(new double[] {h[0][0], h[0][1], h[1][0], h[1][1]}, 0, 4);
        // ∂²f/∂x² = (4x³ − 6x)e^(…) = −2√2·e^(−3/2) ≈ −0.6311; ∂²f/∂y² = (4y² − 2)x·e^(…) = √2·e^(−3/2) ≈ 0.3156.
        assertEquals("-0.6311", shown[0]);
        assertEquals("0", shown[1]);
        assertEquals("0", shown[2]);
        assertEquals("0.3156", shown[3]);
    }

    @Test
    void newtonsCriticalPointIsShownAtYEqualsZeroWithAZeroCrossDerivative() {
        // The numbers the lab printed raw ("y = -5.049e-29", a Hessian entry 1.1e-44) at the maximum (1/√2, 0).
        double y = -5.049e-29;
        PlaneFunction f = new PlaneFunction(Formula.parse("x*exp(-x^2-y^2)"), "x", "y");
        double[][] h = f.hessian(0.7071067811865476, y);
        assertTrue(Math.abs(h[0][1]) > 0 && Math.abs(h[0][1]) < 1e-40, "the cross entry is " + h[0][1]);
        assertEquals("0", ScaledNumbers.format(y, 2, 4), "y against a window of half-width 2");
        String[] shown = ScaledNumbers.formatAll(new double[] {h[0][0], h[0][1], h[1][0], h[1][1]}, 0, 4);
        // −4x·e^(−1/2)·… at x = 1/√2: ∂²f/∂x² = −2√2·e^(−1/2) ≈ −1.716, ∂²f/∂y² = −√2·e^(−1/2) ≈ −0.8578.
        assertEquals("-1.716 0 0 -0.8578", String.join(" ", shown));
    }

    @Test
    void smallButRealValuesKeepTheirDigits() {
        // 1e−9 next to 1 is a real value (above the 1e−12 noise threshold), shown as such; so is any value alone.
        assertEquals("1.000e-09", ScaledNumbers.format(1e-9, 1, 4));
        assertEquals("3.000e-20", ScaledNumbers.format(3e-20, 3e-20, 4));
        assertEquals("0.3333", ScaledNumbers.format(1.0 / 3, 10, 4));
        assertEquals("0", ScaledNumbers.format(-2e-13, 1, 4));
        assertEquals("NaN", ScaledNumbers.format(Double.NaN, 1, 4));
        assertEquals("-1.5", ScaledNumbers.format(-1.5, 0, 4), "no scale: nothing is noise");
    }
}
