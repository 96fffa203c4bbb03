package deepmath.calculus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import deepmath.expr.Formula;
import org.junit.jupiter.api.Test;

/** Chapter 7's directional derivative and tangent-plane estimate, with the book's numbers. */
class GradientToolsTest {

    private static PlaneFunction f(String text) {
        return new PlaneFunction(Formula.parse(text), "x", "y");
    }

    @Test
    void line6966TheDirectionalDerivativeIsHTimesFxPlusKTimesFyAndMatchesAFiniteDifference() {
        PlaneFunction f = f("x^2*y^3"); // grad f(2, 1) = (4, 12), book line 6754
        assertEquals(4, DirectionalDerivative.at(f, 2, 1, 1, 0).value(), 1e-12);   // v = (1, 0): ∂f/∂x
        assertEquals(12, DirectionalDerivative.at(f, 2, 1, 0, 1).value(), 1e-12);  // v = (0, 1): ∂f/∂y
        DirectionalDerivative d = DirectionalDerivative.at(f, 2, 1, 0.6, -0.8);
        assertEquals(0.6 * 4 - 0.8 * 12, d.value(), 1e-12);
        assertEquals(d.value(), d.finiteDifference(), 1e-6);
        for (double angle = 0; angle < 360; angle += 17) {
            double h = 0.7 * Math.cos(Math.toRadians(angle));
            double k = 0.7 * Math.sin(Math.toRadians(angle));
            DirectionalDerivative any = DirectionalDerivative.at(f("sin(x*y) + x^3"), 0.4, -1.3, h, k);
            assertEquals(any.finiteDifference(), any.value(), 1e-7, "at angle " + angle);
        }
    }

    @Test
    void line7066TheDirectionalDerivativeIsLargestAlongTheGradient() {
        PlaneFunction f = f("x^2*y^3");
        double norm = Math.hypot(4, 12);
        DirectionalDerivative along = DirectionalDerivative.at(f, 2, 1, 4 / norm, 12 / norm);
        assertEquals(norm, along.value(), 1e-12); // ‖grad f‖·‖v‖·cos 0
        assertEquals(0, along.angleDegrees(), 1e-6);
        DirectionalDerivative across = DirectionalDerivative.at(f, 2, 1, -12 / norm, 4 / norm);
        assertEquals(0, across.value(), 1e-12); // along the level line: no slope
        assertEquals(90, across.angleDegrees(), 1e-9);
        for (double angle = 5; angle < 360; angle += 10) {
            double h = Math.cos(Math.toRadians(angle));
            double k = Math.sin(Math.toRadians(angle));
            assertTrue(DirectionalDerivative.at(f, 2, 1, h, k).value() <= norm + 1e-12);
        }
    }

    @Test
    void line7109TheTangentPlaneEstimatesF1002And0997ForX2YAs1001() {
        TangentPlaneEstimate e = TangentPlaneEstimate.at(f("x^2*y"), 1, 1, 2e-3, -3e-3);
        assertEquals(1, e.value(), 1e-15);
        assertEquals(2, e.fx(), 1e-12); // ∂f/∂x = 2xy
        assertEquals(1, e.fy(), 1e-12); // ∂f/∂y = x²
        assertEquals(1.001, e.estimate(), 1e-12);
        assertEquals(1.000992, e.exact(), 1e-7); // the book's calculator value
        assertEquals(1.002 * 1.002 * 0.997 - 1.001, e.error(), 1e-15);
        // halving h and k divides the error by about 4 (it is of order h² + k²)
        TangentPlaneEstimate half = TangentPlaneEstimate.at(f("x^2*y"), 1, 1, 1e-3, -1.5e-3);
        assertEquals(4, e.error() / half.error(), 0.05);
    }

    @Test
    void line3097TheBooksThreeSearchesForTheMinimumOfMAPlusMBPlusMC() {
        PlaneFunction g = f("sqrt((x-1)^2 + (y-2)^2) + sqrt((x-3)^2 + (y-5)^2) + sqrt((x-6)^2 + (y-1)^2)");
        double[] square = {0, 6, 0, 6};
        MinimumSearch grid = MinimumSearch.grid(g::value, square, 100); // N = 100: "g at 10000 points"
        assertEquals(10_000, grid.evaluations());
        assertEquals(2.91, grid.best()[0], 5e-3); // (xmin, ymin) ≈ (2.91, 2.97)
        assertEquals(2.97, grid.best()[1], 5e-3);
        assertEquals(7.84, grid.best()[2], 5e-3);
        MinimumSearch random = MinimumSearch.random(g::value, square, 1000, 1);
        assertEquals(1000, random.tried().size());
        assertEquals(7.84, random.best()[2], 0.02); // "(2.88, 2.99), 7.84 for example"
        assertEquals(2.9, random.best()[0], 0.15);
        assertEquals(random.best()[0], MinimumSearch.random(g::value, square, 1000, 1).best()[0], 0, "same seed");
        MinimumSearch slices = MinimumSearch.slices(g::value, square, 0, 10);
        assertEquals(0, slices.tried().get(0)[0]);
        assertEquals(2.45, slices.tried().get(0)[1], 5e-3); // y0 on the slice x = 0
        assertEquals(2.84, slices.tried().get(1)[0], 5e-3); // x1 on the slice y = y0
        assertEquals(2.90579, slices.best()[0], 5e-5);
        assertEquals(2.98464, slices.best()[1], 5e-5);
        assertEquals(7.83867, slices.best()[2], 1e-5); // the book's digits, cut after the fifth
    }
}
