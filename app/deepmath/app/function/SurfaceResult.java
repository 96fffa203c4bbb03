package deepmath.app.function;

import deepmath.expr.GraphTrace;
import deepmath.grid.GridValues;
import deepmath.viz.surface.Arrow3D;
import deepmath.viz.surface.Curve3D;
import deepmath.viz.surface.Marker3D;
import deepmath.viz.surface.SurfaceBox;
import deepmath.viz.surface.TangentPlane;
import java.util.List;

/** Everything the surface panel draws for one state of the workspace. */
record SurfaceResult(GridValues values, SurfaceBox box, List<Curve3D> curves, List<Marker3D> markers,
                     List<Arrow3D> arrows, TangentPlane plane, PointReport point, double[][] sliceAlongX,
                     double[][] sliceAlongY, GraphTrace trace, deepmath.calculus.TangentPlaneEstimate estimate) {
}
