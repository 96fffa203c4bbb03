package deepmath.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The one erf of the lab (the network builder's GELU had a second one, a series up to |x| = 4 and an
 * asymptotic series beyond, 8·10⁻¹² off at x = 3.9): tabulated values (Abramowitz &amp; Stegun 7.1, to 16
 * digits) on both sides of the switch from the series to the continued fraction at 2.5, and the tail.
 */
class ErfTest {

    @Test
    void erfMatchesTabulatedValuesToDoublePrecision() {
        assertEquals(0.5204998778130465, Erf.erf(0.5), 1e-15);
        assertEquals(0.8427007929497149, Erf.erf(1), 1e-15);
        assertEquals(0.9953222650189527, Erf.erf(2), 1e-15);
        // just below the switch the series has cancelled about 3 digits (its largest term is ~e^(x²) ≈ 500)
        assertEquals(0.9995928300996666, Erf.erf(2.4999), 1e-14);
        assertEquals(0.9995930479825550, Erf.erf(2.5), 1e-15);
        assertEquals(0.9999779095030014, Erf.erf(3), 1e-15);
        assertEquals(0.9999999652077514, Erf.erf(3.9), 1e-15);
        assertEquals(0.9999999845827421, Erf.erf(4), 1e-15);
        assertEquals(0.9999999999984626, Erf.erf(5), 1e-15);
        assertEquals(-0.8427007929497149, Erf.erf(-1), 1e-15);
        assertEquals(-0.9999999652077514, Erf.erf(-3.9), 1e-15);
        assertEquals(0, Erf.erf(0));
        assertTrue(Double.isNaN(Erf.erf(Double.NaN)));
    }

    @Test
    void erfcKeepsItsRelativePrecisionFarInTheTail() {
        assertEquals(2.2090496998585438e-05, Erf.erfc(3), 1e-14 * 2.2e-5);
        assertEquals(1.5374597944280351e-12, Erf.erfc(5), 1e-14 * 1.5e-12);
        assertEquals(2.088487583762545e-45, Erf.erfc(10), 1e-14 * 2.1e-45);
        assertEquals(2 - 2.2090496998585438e-05, Erf.erfc(-3), 1e-15);
        assertEquals(1 - 0.8427007929497149, Erf.erfc(1), 1e-15);
    }

    @Test
    void geluIsXTimesPhiAndItsTanhFormStaysWithinAThousandth() {
        assertEquals(0.8413447460685429, Gelu.exact(1), 1e-15); // Φ(1)
        assertEquals(-0.15865525393145707, Gelu.exact(-1), 1e-15);
        assertEquals(6.220960574271819e-16, Gelu.normalCdf(-8), 1e-14 * 6.2e-16);
        double worst = 0;
        for (double x = -6; x <= 6; x += 0.01) {
            worst = Math.max(worst, Math.abs(Gelu.tanhForm(x) - Gelu.exact(x)));
            double h = 1e-6;
            assertEquals((Gelu.exact(x + h) - Gelu.exact(x - h)) / (2 * h), Gelu.exactDerivative(x), 1e-8);
            assertEquals((Gelu.exactDerivative(x + h) - Gelu.exactDerivative(x - h)) / (2 * h),
                    Gelu.exactSecondDerivative(x), 1e-7);
        }
        // The two forms differ by at most ~4.7·10⁻⁴ (near x = ±2): close, but not the same function.
        assertTrue(worst > 1e-4 && worst < 1e-3, "max |tanh form − exact| = " + worst);
    }
}
