package deepmath.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import deepmath.core.BadInputException;
import org.junit.jupiter.api.Test;

/** Each optimiser against steps computed by hand on the book's f(a, b) = a² + 3b² (grad = (2a, 6b)). */
class OptimizersTest {
    private static final double EPS = 1e-9;
    /** The book's chapter 8 example. */
    private static final GradientFunction BOOK = (p, out) -> {
        out[0] = 2 * p[0];
        out[1] = 6 * p[1];
    };

    @Test
    void gradientDescentReproducesTheBooksTableFrom2And1WithStep02() {
        Optimizer descent = new GradientDescent(0.2);
        double[] p = {2, 1};
        descent.step(p, BOOK);
        assertArrayEquals(new double[] {1.2, -0.2}, p, EPS);
        descent.step(p, BOOK);
        assertArrayEquals(new double[] {0.72, 0.04}, p, EPS);
        descent.step(p, BOOK);
        assertArrayEquals(new double[] {0.432, -0.008}, p, EPS);
    }

    @Test
    void gradientDescentFromMinus1Minus1WithStep01ConvergesToTheMinimum() {
        Optimizer descent = new GradientDescent(0.1);
        double[] p = {-1, -1};
        descent.step(p, BOOK);
        assertArrayEquals(new double[] {-0.8, -0.4}, p, EPS);
        for (int k = 0; k < 200; k++) {
            descent.step(p, BOOK);
        }
        assertArrayEquals(new double[] {0, 0}, p, 1e-12);
    }

    @Test
    void momentumStartsAsDescentThenAddsMuTimesTheLastMove() {
        Optimizer momentum = new Momentum(0.2, 0.5);
        double[] p = {2, 1};
        momentum.step(p, BOOK); // P(−1) = P(0): plain descent
        assertArrayEquals(new double[] {1.2, -0.2}, p, EPS);
        momentum.step(p, BOOK); // 1.2 + 0.5·(1.2−2) − 0.2·2.4 ; −0.2 + 0.5·(−1.2) − 0.2·(−1.2)
        assertArrayEquals(new double[] {0.32, -0.56}, p, EPS);
        momentum.reset();
        momentum.step(p, BOOK); // memory forgotten: descent again
        assertArrayEquals(new double[] {0.32 - 0.2 * 0.64, -0.56 + 0.2 * 3.36}, p, EPS);
    }

    @Test
    void nesterovTakesTheGradientAtTheLookAheadPoint() {
        Optimizer nesterov = Momentum.nesterov(0.2, 0.5);
        double[] p = {2, 1};
        nesterov.step(p, BOOK);
        assertArrayEquals(new double[] {1.2, -0.2}, p, EPS);
        // look-ahead (1.2 − 0.4, −0.2 − 0.6) = (0.8, −0.8), gradient there (1.6, −4.8)
        nesterov.step(p, BOOK);
        assertArrayEquals(new double[] {0.8 - 0.32, -0.8 + 0.96}, p, EPS);
    }

    @Test
    void adaGradDividesByTheRootOfTheSumOfSquaredGradients() {
        Optimizer adaGrad = new AdaGrad(0.1);
        double[] p = {2, 1};
        adaGrad.step(p, BOOK); // g = (4, 6): each coordinate moves by δ
        assertArrayEquals(new double[] {1.9, 0.9}, p, 1e-8);
        adaGrad.step(p, BOOK); // g = (3.8, 5.4), sums 16 + 14.44 and 36 + 29.16
        assertArrayEquals(new double[] {1.9 - 0.1 * 3.8 / Math.sqrt(30.44), 0.9 - 0.1 * 5.4 / Math.sqrt(65.16)},
                p, 1e-8);
    }

    @Test
    void rmsPropFirstStepIsDeltaOverRootOfOneMinusRho() {
        Optimizer rms = new RmsProp(0.01);
        double[] p = {2, 1};
        rms.step(p, BOOK); // v = 0.1·g², step = δ·g/√(0.1 g²) = δ·√10
        assertArrayEquals(new double[] {2 - 0.01 * Math.sqrt(10), 1 - 0.01 * Math.sqrt(10)}, p, 1e-8);
    }

    @Test
    void adamFirstStepIsDeltaTimesTheSignThenBiasCorrectedAverages() {
        Optimizer adam = new Adam(0.1);
        double[] p = {2, 1};
        adam.step(p, BOOK);
        assertArrayEquals(new double[] {1.9, 0.9}, p, 1e-8);
        adam.step(p, BOOK); // a: g = 3.8, m = 0.74, v = 0.030424
        double mHat = 0.74 / (1 - 0.81);
        double vHat = 0.030424 / (1 - 0.999 * 0.999);
        assertEquals(1.9 - 0.1 * mHat / (Math.sqrt(vHat) + 1e-8), p[0], 1e-9);
    }

    @Test
    void everyKindReachesTheMinimumOfTheBowl() {
        for (OptimizerKind kind : OptimizerKind.values()) {
            // RMSprop's steps stay about δ long near the minimum (it divides by |g|): a small δ keeps it close
            double step = switch (kind) {
                case ADAGRAD -> 0.5;
                case SGD -> 0.1;
                case RMSPROP -> 0.002;
                default -> 0.05;
            };
            Optimizer optimizer = kind.create(step, 0.5);
            double[] p = {2, 1};
            for (int k = 0; k < 3000; k++) {
                optimizer.step(p, BOOK);
            }
            assertEquals(0, Math.hypot(p[0], p[1]), 0.02, kind + " ended at " + p[0] + ", " + p[1]);
        }
    }

    @Test
    void badHyperParametersAreRefusedWithAReason() {
        assertThrows(BadInputException.class, () -> new GradientDescent(0));
        assertThrows(BadInputException.class, () -> new Momentum(0.1, 1.0));
        assertEquals("unknown optimiser 'lbfgs' (known: sgd, momentum, nesterov, adagrad, rmsprop, adam)",
                assertThrows(BadInputException.class, () -> OptimizerKind.fromKey("lbfgs")).getMessage());
    }
}
