package deepmath.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import deepmath.probability.LossKind;
import deepmath.probability.LossTerms;
import org.junit.jupiter.api.Test;

/** The mean squared logarithmic error (chapter 16, line 11620's list of keras losses) for training. */
class LossMsleTest {
    @Test
    void itsValueIsTheProbabilityLabsAndItsGradientTheDerivative() {
        double[] a = {0.5, 3, 10};
        double[] t = {1, 2, 12};
        // by hand: ((ln 1.5 − ln 2)² + (ln 4 − ln 3)² + (ln 11 − ln 13)²) / 3
        double expected = (Math.pow(Math.log(1.5 / 2), 2) + Math.pow(Math.log(4.0 / 3), 2)
                + Math.pow(Math.log(11.0 / 13), 2)) / 3;
        assertEquals(expected, Loss.MSLE.value(a, t), 1e-15);
        assertEquals(expected * 3, LossTerms.of(LossKind.MSLE, new double[][] {t}, new double[][] {a}).loss(), 1e-12);
        double[] g = new double[3];
        Loss.MSLE.gradient(a, t, g);
        for (int i = 0; i < 3; i++) {
            double[] up = a.clone();
            double[] down = a.clone();
            up[i] += 1e-6;
            down[i] -= 1e-6;
            assertEquals((Loss.MSLE.value(up, t) - Loss.MSLE.value(down, t)) / 2e-6, g[i], 1e-8);
        }
        assertEquals(Loss.MSLE, Loss.fromKey("msle"));
    }
}
