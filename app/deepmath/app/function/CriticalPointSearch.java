package deepmath.app.function;

import deepmath.calculus.CriticalPoint;
import deepmath.calculus.CriticalPoints;
import deepmath.calculus.PlaneFunction;
import deepmath.core.BadInputException;
import deepmath.expr.Formula;
import deepmath.viz.i18n.Messages;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;

/**
 * "Find a critical point from here": Newton's method on ∇f from the picked point, kept only when it lands in
 * the window. Far out on a flat plain (x·e^(−x²−y²) at (−1.6, −4.9)) the gradient is below any tolerance
 * without there being a critical point worth showing; that is reported as leaving the window, not "found".
 */
final class CriticalPointSearch {
    /** What the search gives: the point to pick (null if none) and the sentence saying so. */
    record Outcome(Point2D point, CriticalPoint.Nature nature, int iterations, String key) {
        String text(Messages messages) {
            return point == null ? messages.get(key)
                    : messages.get(key, messages.get("nature." + nature.name().toLowerCase(java.util.Locale.ROOT)), iterations);
        }
    }

    private CriticalPointSearch() {
    }

    static Outcome from(Formula bound, List<String> axes, Point2D start, Rectangle2D window) {
        PlaneFunction plane = new PlaneFunction(bound, axes.get(0), axes.get(1));
        CriticalPoint c;
        try {
            c = CriticalPoints.newton(bound, plane.formulaPoint(start.getX(), start.getY()), 50, 1e-10);
        } catch (BadInputException diverged) {
            return new Outcome(null, null, 0, "point.newton.failed");
        }
        if (!c.converged()) {
            return new Outcome(null, null, c.iterations(), "point.newton.failed");
        }
        int ix = bound.variables().indexOf(axes.get(0));
        int iy = bound.variables().indexOf(axes.get(1));
        double x = ix < 0 ? start.getX() : c.point()[ix];
        double y = iy < 0 ? start.getY() : c.point()[iy];
        double slack = 1e-9 * Math.max(window.getWidth(), window.getHeight());
        if (x < window.getMinX() - slack || x > window.getMaxX() + slack
                || y < window.getMinY() - slack || y > window.getMaxY() + slack) {
            return new Outcome(null, null, c.iterations(), "point.newton.outside");
        }
        return new Outcome(new Point2D(x, y), c.nature(), c.iterations(), "point.newton.found");
    }
}
