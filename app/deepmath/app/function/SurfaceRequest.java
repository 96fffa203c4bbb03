package deepmath.app.function;

import deepmath.expr.Formula;
import java.util.Map;
import java.util.Set;
import javafx.geometry.Rectangle2D;

/**
 * What the surface view needs computed, captured on the FX thread and handed to the worker. {@code formula},
 * {@code parameters} and {@code weights}: the graph, with the chosen weights as its variables; (h, k): the step of
 * the tangent plane's estimate.
 */
record SurfaceRequest(Formula bound, String xName, String yName, Rectangle2D window, int resolution, double x0,
                      double y0, boolean levelCurves, boolean slices, boolean tangentPlane, Formula formula,
                      Map<String, Double> parameters, Set<String> weights, double h, double k) {
    /** The figure alone (the command line's render): no weights, no estimate. */
    SurfaceRequest(Formula bound, String xName, String yName, Rectangle2D window, int resolution, double x0,
                   double y0, boolean levelCurves, boolean slices, boolean tangentPlane) {
        this(bound, xName, yName, window, resolution, x0, y0, levelCurves, slices, tangentPlane, bound, Map.of(),
                Set.of(), 0, 0);
    }
}
