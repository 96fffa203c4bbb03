package deepmath.app.function;

import deepmath.calculus.PlaneFunction;
import deepmath.grid.Grid2D;
import deepmath.grid.GridValues;
import deepmath.levels.ContourLine;
import deepmath.levels.Levels;
import deepmath.levels.MarchingSquares;
import deepmath.expr.GridEvaluation;
import deepmath.viz.color.ColorMap;
import deepmath.viz.surface.Arrow3D;
import deepmath.viz.surface.Curve3D;
import deepmath.viz.surface.Marker3D;
import deepmath.viz.surface.SurfaceBox;
import deepmath.viz.surface.TangentPlane;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.geometry.Rectangle2D;
import javafx.scene.paint.Color;

/** Computes a {@link SurfaceResult} off the FX thread: the grid (GridEvaluation), level lines, slices, the point. */
final class SurfaceComputation {
    static final Color SLICE_X = Color.web("#d1242f");
    static final Color SLICE_Y = Color.web("#0969da");
    private static final int SLICE_SAMPLES = 200;

    private SurfaceComputation() {
    }

    static SurfaceResult compute(SurfaceRequest request, ColorMap levelColours) {
        Rectangle2D w = request.window();
        Grid2D grid = Grid2D.square(w.getMinX(), w.getMaxX(), w.getMinY(), w.getMaxY(), request.resolution());
        GridValues values = GridEvaluation.surface(request.bound(), request.xName(), request.yName(), grid, Map.of());
        double[] range = ZRange.robust(values);
        SurfaceBox box = new SurfaceBox(w.getMinX(), w.getMaxX(), w.getMinY(), w.getMaxY(), range[0], range[1]);
        PlaneFunction f = new PlaneFunction(request.bound(), request.xName(), request.yName());

        List<Curve3D> curves = new ArrayList<>();
        if (request.levelCurves()) {
            double[] levels = Levels.nice(range[0], range[1], 10);
            for (ContourLine line : MarchingSquares.lines(values, levels)) {
                List<double[]> points = new ArrayList<>(line.size());
                for (int k = 0; k < line.size(); k++) {
                    points.add(new double[] {line.xs()[k], line.ys()[k], line.level()});
                }
                Color c = levelColours.color(line.level(), range[0], range[1]).darker();
                curves.add(new Curve3D(points, c, 0.35));
            }
        }
        double x0 = request.x0();
        double y0 = request.y0();
        double[] sliceX = sample(f, w.getMinX(), w.getMaxX(), x -> new double[] {x, y0});
        double[] sliceY = sample(f, w.getMinY(), w.getMaxY(), y -> new double[] {x0, y});
        double[][] alongX = {linspace(w.getMinX(), w.getMaxX()), sliceX};
        double[][] alongY = {linspace(w.getMinY(), w.getMaxY()), sliceY};
        if (request.slices()) {
            curves.add(curve(alongX[0], sliceX, t -> new double[] {t, y0}, SLICE_X));
            curves.add(curve(alongY[0], sliceY, t -> new double[] {x0, t}, SLICE_Y));
        }
        double[] g = f.gradientAndValue(x0, y0);
        PointReport report = new PointReport(x0, y0, g[2], g[0], g[1], f.hessian(x0, y0));
        List<Marker3D> markers = new ArrayList<>();
        List<Arrow3D> arrows = new ArrayList<>();
        TangentPlane plane = null;
        if (Double.isFinite(g[2])) {
            markers.add(new Marker3D(x0, y0, g[2], Color.web("#fb8500"), 3.6));
            if (request.tangentPlane() && Double.isFinite(g[0]) && Double.isFinite(g[1])) {
                double half = 0.08 * Math.max(w.getWidth(), w.getHeight());
                plane = new TangentPlane(x0, y0, g[2], g[0], g[1], half);
                double norm = Math.hypot(g[0], g[1]);
                if (norm > 1e-12) {
                    // The gradient drawn in the tangent plane: the direction of steepest ascent, rising by |∇f|
                    // per unit of horizontal distance.
                    double length = 0.18 * Math.max(w.getWidth(), w.getHeight());
                    double ux = g[0] / norm;
                    double uy = g[1] / norm;
                    arrows.add(new Arrow3D(new double[] {x0, y0, g[2]},
                            new double[] {x0 + length * ux, y0 + length * uy, g[2] + length * norm},
                            Color.web("#8250df")));
                }
            }
        }
        Map<String, Double> at = new java.util.HashMap<>(request.parameters());
        at.put(request.xName(), x0);
        at.put(request.yName(), y0);
        java.util.Set<String> variables = new java.util.HashSet<>(request.weights());
        variables.add(request.xName());
        variables.add(request.yName());
        var trace = deepmath.expr.WeightGradient.trace(request.formula(), at, variables);
        var estimate = deepmath.calculus.TangentPlaneEstimate.at(f, x0, y0, request.h(), request.k());
        return new SurfaceResult(values, box, curves, markers, arrows, plane, report, alongX, alongY, trace, estimate);
    }

    private interface PathPoint {
        double[] at(double t);
    }

    private static double[] linspace(double lo, double hi) {
        double[] t = new double[SLICE_SAMPLES];
        for (int k = 0; k < SLICE_SAMPLES; k++) {
            t[k] = lo + (hi - lo) * k / (SLICE_SAMPLES - 1);
        }
        return t;
    }

    private static double[] sample(PlaneFunction f, double lo, double hi, PathPoint path) {
        double[] t = linspace(lo, hi);
        double[] z = new double[t.length];
        for (int k = 0; k < t.length; k++) {
            double[] p = path.at(t[k]);
            z[k] = f.value(p[0], p[1]);
        }
        return z;
    }

    private static Curve3D curve(double[] t, double[] z, PathPoint path, Color color) {
        List<double[]> points = new ArrayList<>();
        for (int k = 0; k < t.length; k++) {
            double[] p = path.at(t[k]);
            points.add(new double[] {p[0], p[1], z[k]});
        }
        return new Curve3D(points, color, 0.7);
    }
}
