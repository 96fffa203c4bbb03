package deepmath.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import deepmath.core.BadInputException;
import org.junit.jupiter.api.Test;

class ActivationTest {

    @Test
    void heavisideIsOneAtZeroAsTheBookSays() {
        assertEquals(1, Activation.HEAVISIDE.value(0));
        assertEquals(1, Activation.HEAVISIDE.value(1e-300));
        assertEquals(0, Activation.HEAVISIDE.value(-1e-300));
        assertEquals(0, Activation.HEAVISIDE.derivative(3));
    }

    @Test
    void geluIsXTimesPhiAndCloseToItsTanhApproximation() {
        assertEquals(0.8413447460685429, Activation.GELU.value(1), 1e-13); // Φ(1)
        assertEquals(-0.15865525393145707, Activation.GELU.value(-1), 1e-13);
        for (double x = -5; x <= 5; x += 0.25) {
            double approx = 0.5 * x * (1 + Math.tanh(Math.sqrt(2 / Math.PI) * (x + 0.044715 * x * x * x)));
            assertEquals(approx, Activation.GELU.value(x), 1e-3, "x = " + x);
        }
    }

    @Test
    void derivativesAgreeWithCentralDifferences() {
        double h = 1e-6;
        for (Activation phi : Activation.values()) {
            if (!phi.isElementwise() || phi == Activation.HEAVISIDE) {
                continue;
            }
            for (double x = -3.1; x <= 3; x += 0.37) {
                double numeric = (phi.value(x + h) - phi.value(x - h)) / (2 * h);
                assertEquals(numeric, phi.derivative(x), 1e-7, phi + " at " + x);
            }
        }
        assertEquals(0.25, Activation.SIGMOID.derivative(0), 1e-15); // σ' = σ(1 − σ)
    }

    @Test
    void softmaxIsAProbabilityVectorThatIgnoresShifts() {
        double[] a = new double[3];
        Activation.SOFTMAX.apply(new double[] {1, 2, 3}, a);
        double[] b = new double[3];
        Activation.SOFTMAX.apply(new double[] {1001, 1002, 1003}, b);
        assertEquals(1, a[0] + a[1] + a[2], 1e-15);
        double e = Math.E;
        assertEquals(1 / (1 + e + e * e), a[0], 1e-15);
        for (int i = 0; i < 3; i++) {
            assertEquals(a[i], b[i], 1e-15);
        }
    }

    @Test
    void namesAndAliases() {
        assertEquals(Activation.IDENTITY, Activation.fromKey("linear"));
        assertEquals(Activation.SIGMOID, Activation.fromKey("σ"));
        assertEquals(Activation.HEAVISIDE, Activation.fromKey("Heaviside"));
        assertThrows(BadInputException.class, () -> Activation.fromKey("swish"));
    }

    @Test
    void fastTanhStaysWithinItsDocumentedErrorForEveryFloatRange() {
        double worst = 0;
        for (float x = -12f; x <= 12f; x += 1e-4f) {
            worst = Math.max(worst, Math.abs(FastMath.tanh(x) - Math.tanh(x)));
        }
        for (float x : new float[] {0f, -0f, 1e-30f, 50f, -50f, Float.MAX_VALUE, -Float.MAX_VALUE}) {
            worst = Math.max(worst, Math.abs(FastMath.tanh(x) - Math.tanh(x)));
        }
        assertEquals(0, worst, FastMath.TANH_MAX_ERROR, "max |fast tanh − tanh| = " + worst);
        assertEquals(0, FastMath.tanh(0f));
        for (float x = -20f; x <= 20f; x += 1e-3f) {
            assertEquals(Activation.sigmoid(x), FastMath.sigmoid(x), 4e-7, "σ at " + x);
        }
    }
}
