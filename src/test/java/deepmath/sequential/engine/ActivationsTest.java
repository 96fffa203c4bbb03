package deepmath.sequential.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import deepmath.nn.Activation;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The vectorisable ReLU loops of {@link Activations} (Math.max forward, δ·min(a·2¹²⁰⁰, 1) backward) against the
 * definitions they replace — relu(z) = z when z > 0 else 0, δ kept where a > 0 — on the values where a product or
 * a maximum could go wrong: ±0, the least subnormal, the largest double, infinities, and random signs.
 */
class ActivationsTest {
    private static final double[] EDGES = {0.0, -0.0, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL, 1e-300,
        1e300, Double.MAX_VALUE, -Double.MAX_VALUE, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1.5, -2.25};

    private static double[] values(SplittableRandom r) {
        double[] z = new double[EDGES.length + 1000];
        System.arraycopy(EDGES, 0, z, 0, EDGES.length);
        for (int i = EDGES.length; i < z.length; i++) {
            z[i] = (r.nextDouble() - 0.5) * Math.pow(10, r.nextInt(-8, 9));
        }
        return z;
    }

    @Test
    void reluForwardIsTheDefinitionValueByValue() {
        double[] z = values(new SplittableRandom(3));
        double[] a = z.clone();
        Activations.forward(Activation.RELU, a, a.length, null);
        for (int i = 0; i < z.length; i++) {
            // assertEquals on doubles compares bit patterns: +0 is required where the definition gives 0
            assertEquals(Activation.RELU.value(z[i]), a[i], "relu(" + z[i] + ")");
        }
    }

    @Test
    void reluBackwardKeepsDeltaExactlyWhereTheUnitIsOnAndZeroElsewhere() {
        SplittableRandom r = new SplittableRandom(4);
        double[] z = values(r);
        double[] a = z.clone();
        Activations.forward(Activation.RELU, a, a.length, null);
        double[] delta = new double[z.length];
        for (int i = 0; i < delta.length; i++) {
            delta[i] = (r.nextDouble() - 0.5) * 1e3;
        }
        delta[0] = Double.MAX_VALUE;   // a = 0 there: max·0 must still give 0, not NaN or ∞
        double[] d = delta.clone();
        Activations.backward(Activation.RELU, a, null, d, d.length);
        int on = 0;
        for (int i = 0; i < z.length; i++) {
            double want = a[i] > 0 ? delta[i] : 0;
            assertEquals(want, d[i], 0.0, "δ at a = " + a[i]);
            on += a[i] > 0 ? 1 : 0;
        }
        assertTrue(on > 400 && on < 600, "about half the units on: " + on);
    }

    @Test
    void reluBackwardOfTheLeastSubnormalOutputKeepsDelta() {
        double[] a = {Double.MIN_VALUE, 0.0, Double.POSITIVE_INFINITY};
        double[] d = {-7.5, -7.5, 3.0};
        Activations.backward(Activation.RELU, a, null, d, 3);
        assertEquals(-7.5, d[0], 0.0);
        assertEquals(0.0, d[1], 0.0);
        assertEquals(3.0, d[2], 0.0);
    }
}
