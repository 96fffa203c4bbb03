package deepmath.app.function;

import deepmath.expr.Formula;
import javafx.geometry.Rectangle2D;

/** What the surface view needs computed, captured on the FX thread and handed to the worker. */
record SurfaceRequest(Formula bound, String xName, String yName, Rectangle2D window, int resolution, double x0,
                      double y0, boolean levelCurves, boolean slices, boolean tangentPlane) {
}
