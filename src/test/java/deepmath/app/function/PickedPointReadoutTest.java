package deepmath.app.function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import deepmath.calculus.BookFunctions;
import deepmath.calculus.CriticalPoint;
import deepmath.calculus.CriticalPoints;
import deepmath.calculus.FunctionPreset;
import deepmath.calculus.PlaneFunction;
import deepmath.expr.Formula;
import deepmath.viz.i18n.I18n;
import deepmath.viz.i18n.Messages;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/** The picked point's readouts as the labs print them: at the precision of their scale, and the exact 90°. */
class PickedPointReadoutTest {
    private final Messages english = new I18n(Locale.ENGLISH).messages("function");
    private static final Rectangle2D WINDOW = new Rectangle2D(-2, -2, 4, 4);

    @Test
    void newtonsMaximumOfTheBooksFunctionReadsYEqualsZeroAndAZeroGradientAndCrossDerivative() {
        Formula f = Formula.parse("x*exp(-x^2-y^2)");
        CriticalPoint c = CriticalPoints.newton(f, new double[] {0.7, 0.1}, 50, 1e-10);
        assertTrue(c.converged());
        double x = c.point()[0];
        double y = c.point()[1];
        PlaneFunction plane = new PlaneFunction(f, "x", "y");
        double[] g = plane.gradientAndValue(x, y);
        PointReport report = new PointReport(x, y, g[2], g[0], g[1], plane.hessian(x, y));
        // The maximum is at (1/√2, 0), f = e^(−1/2)/√2 ≈ 0.428882, H = diag(−2√2, −√2)·e^(−1/2).
        String text = PointText.surface(english, report, "x", "y", new PointNumbers(WINDOW, -0.4289, 0.4289));
        assertEquals("Point (x, y) = (0.7071, 0)\n"
                + "f = 0.428882\n"
                + "∇f = (0, 0)\n"
                + "|∇f| = 0\n"
                + "Hessian (second partial derivatives):\n"
                + "  [ -1.716        0 ]\n"
                + "  [      0  -0.8578 ]", text);
    }

    @Test
    void theAngleBetweenTheGradientAndTheLevelLineIsARightAngleAtPointsOfTheBooksFunctions() {
        int checked = 0;
        for (FunctionPreset preset : BookFunctions.surfaces()) {
            Formula bound = Formula.parse(preset.formula()).withValues(preset.parameters());
            Rectangle2D w = new Rectangle2D(preset.xMin(), preset.yMin(), preset.xMax() - preset.xMin(),
                    preset.yMax() - preset.yMin());
            // The lab's default point (0.35, 0.65 of the window) and two others off the axes.
            double[][] points = {{w.getMinX() + 0.35 * w.getWidth(), w.getMinY() + 0.65 * w.getHeight()},
                {w.getMinX() + 0.8 * w.getWidth(), w.getMinY() + 0.3 * w.getHeight()},
                {w.getMinX() + 0.55 * w.getWidth(), w.getMinY() + 0.9 * w.getHeight()}};
            for (double[] p : points) {
                var request = new LevelSetsComputation.Request(bound, "x", "y", w, 200, 12, new double[0], 16, p[0], p[1]);
                var result = LevelSetsComputation.compute(request);
                String text = PointText.levels(english, request, result);
                Matcher angle = Pattern.compile("level line: ([0-9.]+)°").matcher(text);
                if (text.contains("critical point")) {
                    continue;
                }
                assertTrue(angle.find(), preset.id() + " at " + p[0] + ", " + p[1] + ": " + text);
                assertEquals("90", angle.group(1), preset.id() + " at " + p[0] + ", " + p[1] + ": " + text);
                assertEquals(90, result.angleDegrees(), 1e-6, preset.id());
                checked++;
            }
        }
        assertTrue(checked >= 30, "points checked: " + checked);
    }
}
