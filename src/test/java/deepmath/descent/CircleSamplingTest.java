package deepmath.descent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The fitted circle (x − a)² + (y − b)² = c² (book ch. 8, line 10003) drawn as a closed polyline. */
class CircleSamplingTest {

    @Test
    void everySampleIsOnTheCircleAndThePolylineCloses() {
        // Centre (1, 0.5), radius 2.
        double[] p = {1, 0.5, 2};
        double[][] s = CircleFit.sample(p, 181);
        assertEquals(181, s[0].length);
        for (int k = 0; k < s[0].length; k++) {
            double dx = s[0][k] - p[0];
            double dy = s[1][k] - p[1];
            assertEquals(p[2] * p[2], dx * dx + dy * dy, 1e-12, "sample " + k + " satisfies the equation");
        }
        assertEquals(3, s[0][0], 1e-12, "starts at angle 0: centre + radius");
        assertEquals(0.5, s[1][0], 1e-12);
        assertEquals(s[0][0], s[0][180], 1e-12, "ends where it started");
        assertEquals(s[1][0], s[1][180], 1e-12);
        assertEquals(-1, s[0][90], 1e-12, "half-way: angle π, centre − radius");
    }

    @Test
    void aNegativeRadiusIsTheSameCircleAndADivergedRunGivesNothing() {
        double[][] positive = CircleFit.sample(new double[] {3, 2, 1}, 20);
        double[][] negative = CircleFit.sample(new double[] {3, 2, -1}, 20);
        for (int k = 0; k < 20; k++) {
            assertEquals(positive[0][k], negative[0][k], 1e-15);
            assertEquals(positive[1][k], negative[1][k], 1e-15);
        }
        assertNull(CircleFit.sample(new double[] {Double.NaN, 0, 0}, 50), "a diverged run");
        assertNull(CircleFit.sample(new double[] {0, 0, Double.POSITIVE_INFINITY}, 50));
        assertEquals(50, CircleFit.sample(new double[] {0, 0, 0}, 50)[0].length, "radius 0: a point, still drawn");
        assertThrows(IllegalArgumentException.class, () -> CircleFit.sample(new double[] {0, 0, 1}, 1));
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
