package deepmath.transformer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import deepmath.core.Gelu;
import org.junit.jupiter.api.Test;

/** Book chapter 18, line 21719: GELU, ReLU, the two approximations and their errors, the minimum of GELU. */
class GeluCurvesTest {

    @Test
    void minimumIsWhereTheDerivativeVanishes() {
        GeluCurves.Minimum min = GeluCurves.minimum();
        assertEquals(0, Gelu.exactDerivative(min.x()), 1e-15);
        assertTrue(Gelu.exactSecondDerivative(min.x()) > 0);
        // A second computation: golden-section search on GELU itself over [−2, 0].
        double a = -2;
        double b = 0;
        double g = (Math.sqrt(5) - 1) / 2;
        for (int i = 0; i < 200; i++) {
            double c = b - g * (b - a);
            double d = a + g * (b - a);
            if (Gelu.exact(c) < Gelu.exact(d)) {
                b = d;
            } else {
                a = c;
            }
        }
        assertEquals((a + b) / 2, min.x(), 1e-7);
        // Python's math.erfc, Newton on Φ(x) + xφ(x) = 0: x* = −0.7517915246935645, GELU(x*) = −0.16997120747990369.
        assertEquals(-0.7517915246935645, min.x(), 1e-14);
        assertEquals(-0.16997120747990369, min.value(), 1e-15);
    }

    @Test
    void errorsOfTheApproximationsAreSmallAndTheTanhFormIsCloser() {
        GeluCurves.Samples s = GeluCurves.sample(-4, 4, 801);
        assertEquals(-4, s.x()[0], 0);
        assertEquals(4, s.x()[800], 0);
        // The tanh form stays within 5e-4 of GELU, the sigmoid form within 2.1e-2 (but not 1.5e-2).
        assertTrue(s.largestTanhError() < 5e-4, "tanh " + s.largestTanhError());
        assertTrue(s.largestSigmoidError() < 2.1e-2 && s.largestSigmoidError() > 1.5e-2, "σ " + s.largestSigmoidError());
        for (int i = 0; i < s.x().length; i++) {
            double x = s.x()[i];
            assertEquals(Math.max(0, x), s.relu()[i], 0);
            assertEquals(s.tanhForm()[i] - s.exact()[i], s.tanhError()[i], 0);
            // GELU is below ReLU everywhere but at 0: x·Φ(x) ≤ max(0, x).
            assertTrue(s.exact()[i] <= s.relu()[i] + 1e-16);
        }
    }

    @Test
    void derivativesOfTheApproximationsMatchFiniteDifferences() {
        for (double x = -5; x <= 5; x += 0.25) {
            double h = 1e-6;
            assertEquals((Gelu.tanhForm(x + h) - Gelu.tanhForm(x - h)) / (2 * h), Gelu.tanhFormDerivative(x), 1e-8);
            assertEquals((Gelu.sigmoidForm(x + h) - Gelu.sigmoidForm(x - h)) / (2 * h), Gelu.sigmoidFormDerivative(x), 1e-8);
            assertEquals((Gelu.tanhFormDerivative(x + h) - Gelu.tanhFormDerivative(x - h)) / (2 * h),
                    Gelu.tanhFormSecondDerivative(x), 1e-7);
            assertEquals((Gelu.sigmoidFormDerivative(x + h) - Gelu.sigmoidFormDerivative(x - h)) / (2 * h),
                    Gelu.sigmoidFormSecondDerivative(x), 1e-7);
        }
    }
}
