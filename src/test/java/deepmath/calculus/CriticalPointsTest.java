package deepmath.calculus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import deepmath.calculus.CriticalPoint.Nature;
import deepmath.expr.Formula;
import java.util.List;
import org.junit.jupiter.api.Test;

class CriticalPointsTest {

    @Test
    void xExpMinusXSquaredMinusYSquaredHasAMaximumAtOneOverRootTwo() {
        CriticalPoint p = CriticalPoints.newton(Formula.parse("x*exp(-x^2-y^2)"), new double[] {0.6, 0.1}, 50, 1e-12);
        assertTrue(p.converged());
        assertArrayEquals(new double[] {Math.sqrt(0.5), 0}, p.point(), 1e-10);
        assertEquals(Nature.MAXIMUM, p.nature());
        assertEquals(Math.sqrt(0.5) * Math.exp(-0.5), p.value(), 1e-12);
    }

    @Test
    void saddleOfXSquaredMinusYSquaredAndMinimumOfSquaredDistances() {
        assertEquals(Nature.SADDLE, CriticalPoints.newton(Formula.parse("x^2 - y^2"), new double[] {1, 2}, 10, 1e-12).nature());
        CriticalPoint m = CriticalPoints.newton(Formula.parse(
                "((x-1)^2 + y^2) + ((x-2)^2 + (y-3)^2) + ((x+1)^2 + (y-1)^2)"), new double[] {9, 9}, 10, 1e-12);
        assertArrayEquals(new double[] {2.0 / 3, 4.0 / 3}, m.point(), 1e-12);
        assertEquals(Nature.MINIMUM, m.nature());
        assertEquals(1, m.iterations(), "a quadratic is solved by one Newton step");
    }

    @Test
    void bookNewtonExamplesConverge() {
        List<NewtonRoot.Step> cube = NewtonRoot.iterate(Formula.parse("x^3 - 100"), 5, 50, 1e-15);
        assertEquals(Math.cbrt(100), cube.get(cube.size() - 1).next(), 1e-12);
        assertEquals(5 - (125 - 100) / 75.0, cube.get(0).next(), 1e-15);
        List<NewtonRoot.Step> cos = NewtonRoot.iterate(Formula.parse("2x - cos(x)"), 0, 50, 1e-15);
        double root = cos.get(cos.size() - 1).next();
        assertEquals(0, 2 * root - Math.cos(root), 1e-14);
        assertEquals(0.5, cos.get(0).next(), 1e-15);
    }

    @Test
    void steepestDescentLineOfABowlRunsStraightToTheCentre() {
        var f = new PlaneFunction(Formula.parse("x^2 + y^2"), "x", "y");
        List<double[]> path = SteepestDescentLine.trace(f, new double[] {1, 1}, true, 0.01, new double[] {-2, 2, -2, 2}, 1000);
        double[] end = path.get(path.size() - 1);
        assertEquals(0, Math.hypot(end[0], end[1]), 0.011);
        for (double[] p : path) {
            assertEquals(p[0], p[1], 1e-9, "stays on the diagonal, orthogonal to the circles");
        }
    }
}
