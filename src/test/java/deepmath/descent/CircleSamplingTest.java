package deepmath.descent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The fitted circle x² + y² + a·x + b·y + c = 0 drawn as a closed polyline, and the parameters with no circle. */
class CircleSamplingTest {

    @Test
    void everySampleIsOnTheCircleAndThePolylineCloses() {
        // Centre (1, 0.5), radius 2: a = −2, b = −1, c = 1 + 0.25 − 4 = −2.75.
        double[] p = {-2, -1, -2.75};
        double[][] s = CircleFit.sample(p, 181);
        assertEquals(181, s[0].length);
        for (int k = 0; k < s[0].length; k++) {
            double x = s[0][k];
            double y = s[1][k];
            assertEquals(0, x * x + y * y + p[0] * x + p[1] * y + p[2], 1e-12, "sample " + k + " satisfies the equation");
        }
        assertEquals(3, s[0][0], 1e-12, "starts at angle 0: centre + radius");
        assertEquals(0.5, s[1][0], 1e-12);
        assertEquals(s[0][0], s[0][180], 1e-12, "ends where it started");
        assertEquals(s[1][0], s[1][180], 1e-12);
        assertEquals(-1, s[0][90], 1e-12, "half-way: angle π, centre − radius");
    }

    @Test
    void parametersDescribingNoCircleGiveNothingToDraw() {
        assertNull(CircleFit.sample(new double[] {0, 0, 1}, 50), "x² + y² + 1 = 0 has no point");
        assertNull(CircleFit.sample(new double[] {Double.NaN, 0, 0}, 50), "a diverged run");
        assertEquals(50, CircleFit.sample(new double[] {0, 0, 0}, 50)[0].length, "radius 0: a point, still drawn");
        assertThrows(IllegalArgumentException.class, () -> CircleFit.sample(new double[] {0, 0, -1}, 1));
    }

    @Test
    void theStepArrowsAreTheBooksTerms() {
        Iterate before = new Iterate(0, new double[] {2, 1}, new double[] {4, 6}, 7);
        Iterate last = new Iterate(1, new double[] {1.2, -0.2}, new double[] {2.4, -1.2}, 1.56);
        double[] step = StepArrows.gradientStep(last, 0.2);
        assertEquals(-0.48, step[0], 1e-12);
        assertEquals(0.24, step[1], 1e-12);
        double[] momentum = StepArrows.momentumTerm(java.util.List.of(before, last), 0.5);
        assertEquals(-0.4, momentum[0], 1e-12);
        assertEquals(-0.6, momentum[1], 1e-12);
        assertNull(StepArrows.momentumTerm(java.util.List.of(before), 0.5), "no previous point at k = 0");
    }
}
