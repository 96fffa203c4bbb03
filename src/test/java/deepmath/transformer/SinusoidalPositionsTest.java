package deepmath.transformer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import deepmath.core.BadInputException;
import org.junit.jupiter.api.Test;

/** The sinusoidal position vectors of book chapter 18, §4. */
class SinusoidalPositionsTest {

    /** Book line 20263: K = 4, n = 6, p = 100, the four vectors to the book's three digits
     * (the book cuts rather than rounds some of them: 0.976 for cos(100^(−1/3)) = 0.97688). */
    @Test
    void book20263PositionVectors() {
        ByHandExamples.Positions example = ByHandExamples.POSITIONS;
        double[][] w = new SinusoidalPositions(example.dimension(), example.base()).table(example.count());
        assertArrayEquals(new double[] {1, 0, 1, 0, 1, 0}, w[0], 0);
        assertArrayEquals(new double[] {0.540, 0.841, 0.976, 0.213, 0.998, 0.046}, w[1], 1e-3);
        assertArrayEquals(new double[] {-0.416, 0.909, 0.908, 0.417, 0.995, 0.0926}, w[2], 1e-3);
        assertArrayEquals(new double[] {-0.989, 0.141, 0.798, 0.602, 0.990, 0.138}, w[3], 1e-3);
    }

    /** Proposition 2: w(k + ℓ) = R(ℓ)·w(k), and R(ℓ) = R(1)^ℓ. */
    @Test
    void rotationMovesAPositionOn() {
        SinusoidalPositions p = new SinusoidalPositions(16, 10000);
        for (int k = 0; k < 50; k += 7) {
            for (int shift = 0; shift < 20; shift += 3) {
                assertEquals(0, p.shift(k, shift).gap(), 1e-12, k + " + " + shift);
            }
        }
        double[][] power = Matrices.identity(16);
        for (int i = 0; i < 5; i++) {
            power = Matrices.multiply(p.rotation(1), power);
        }
        assertEquals(0, Matrices.maxDifference(power, p.rotation(5)), 1e-14);
        // Each pair (cos, sin) has norm 1, so ‖w(k)‖² = n/2.
        double[] w = p.position(123);
        double sum = 0;
        for (double v : w) {
            sum += v * v;
        }
        assertEquals(8, sum, 1e-12);
    }

    @Test
    void badSizesAreRefused() {
        assertEquals(TransformerProblem.DIMENSION,
                assertThrows(BadInputException.class, () -> new SinusoidalPositions(5, 100)).inputProblem());
        assertEquals(TransformerProblem.BASE,
                assertThrows(BadInputException.class, () -> new SinusoidalPositions(4, 1)).inputProblem());
        assertEquals(TransformerProblem.COUNT,
                assertThrows(BadInputException.class, () -> new SinusoidalPositions(4, 100).table(0)).inputProblem());
    }
}
