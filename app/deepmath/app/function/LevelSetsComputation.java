package deepmath.app.function;

import deepmath.calculus.DirectionalDerivative;
import deepmath.calculus.LevelLineTangent;
import deepmath.calculus.MinimumSearch;
import deepmath.calculus.PlaneFunction;
import deepmath.calculus.SteepestDescentLine;
import deepmath.expr.Formula;
import deepmath.expr.GridEvaluation;
import deepmath.grid.Grid2D;
import deepmath.grid.GridValues;
import deepmath.levels.ContourLine;
import deepmath.levels.Levels;
import deepmath.levels.MarchingSquares;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.geometry.Rectangle2D;

/**
 * The level-set map for one state: grid values, levels and their lines, the gradient field, and for the
 * picked point its level line, gradient, the level line's tangent there and the steepest-slope line.
 */
final class LevelSetsComputation {

    /**
     * {@code direction}: v = (h, k) for the directional derivative, null for none; {@code search}: the method of
     * the search for the minimum to run, null for none, with its N.
     */
    record Request(Formula bound, String xName, String yName, Rectangle2D window, int resolution, int levelCount,
                   double[] userLevels, int arrowDensity, double x0, double y0, double[] direction,
                   MinimumSearch.Method search, int searchSize) {
        Request(Formula bound, String xName, String yName, Rectangle2D window, int resolution, int levelCount,
                double[] userLevels, int arrowDensity, double x0, double y0) {
            this(bound, xName, yName, window, resolution, levelCount, userLevels, arrowDensity, x0, y0, null, null, 0);
        }
    }

    record Result(GridValues values, double zMin, double zMax, double[] levels, List<ContourLine> lines,
                  double[][] field, ContourLine lineThroughPoint, double value, double fx, double fy,
                  double[] tangentAtPoint, List<double[]> descent, List<double[]> ascent,
                  DirectionalDerivative directional, MinimumSearch search) {
        /** The angle in degrees between ∇f and the level line at the picked point; NaN at a critical point. */
        double angleDegrees() {
            return LevelLineTangent.angleDegrees(fx, fy, tangentAtPoint);
        }
    }

    private LevelSetsComputation() {
    }

    static Result compute(Request r) {
        Rectangle2D w = r.window();
        Grid2D grid = Grid2D.square(w.getMinX(), w.getMaxX(), w.getMinY(), w.getMaxY(), r.resolution());
        GridValues values = GridEvaluation.surface(r.bound(), r.xName(), r.yName(), grid, Map.of());
        double[] range = ZRange.robust(values);
        double[] levels = r.userLevels() != null && r.userLevels().length > 0 ? r.userLevels()
                : Levels.nice(range[0], range[1], r.levelCount());
        MarchingSquares squares = new MarchingSquares(values);
        List<ContourLine> lines = squares.lines(levels);
        PlaneFunction f = new PlaneFunction(r.bound(), r.xName(), r.yName());
        double[][] field = gradientField(f, w, r.arrowDensity());
        double[] g = f.gradientAndValue(r.x0(), r.y0());
        ContourLine through = null;
        double[] tangent = null;
        if (Double.isFinite(g[2])) {
            through = ContourLine.nearest(squares.lines(g[2]), r.x0(), r.y0());
            // The tangent at the picked point itself, not a chord of the drawn polyline nearby.
            tangent = LevelLineTangent.at(f, r.x0(), r.y0(), 2e-6 * Math.max(w.getWidth(), w.getHeight()));
        }
        double step = Math.max(w.getWidth(), w.getHeight()) / 400;
        double[] box = {w.getMinX(), w.getMaxX(), w.getMinY(), w.getMaxY()};
        List<double[]> descent = SteepestDescentLine.trace(f, new double[] {r.x0(), r.y0()}, true, step, box, 4000);
        List<double[]> ascent = SteepestDescentLine.trace(f, new double[] {r.x0(), r.y0()}, false, step, box, 4000);
        DirectionalDerivative directional = r.direction() == null ? null
                : DirectionalDerivative.at(f, r.x0(), r.y0(), r.direction()[0], r.direction()[1]);
        return new Result(values, range[0], range[1], levels, lines, field, through, g[2], g[0], g[1], tangent,
                descent, ascent, directional, search(f, r));
    }

    /** The book's search for the minimum in the window; slices start from the picked point's x (the book's x0). */
    private static MinimumSearch search(PlaneFunction f, Request r) {
        if (r.search() == null) {
            return null;
        }
        Rectangle2D w = r.window();
        double[] box = {w.getMinX(), w.getMaxX(), w.getMinY(), w.getMaxY()};
        return switch (r.search()) {
            case GRID -> MinimumSearch.grid(f::value, box, r.searchSize());
            case RANDOM -> MinimumSearch.random(f::value, box, r.searchSize(), 1);
            case SLICES -> MinimumSearch.slices(f::value, box, r.x0(), r.searchSize());
        };
    }

    /** Gradient arrows on an n×n lattice, scaled so the longest is 0.8 of the lattice spacing. */
    private static double[][] gradientField(PlaneFunction f, Rectangle2D w, int n) {
        double[][] out = new double[4][n * n];
        double longest = 0;
        double[] g = new double[2];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                int k = j * n + i;
                double x = w.getMinX() + (i + 0.5) * w.getWidth() / n;
                double y = w.getMinY() + (j + 0.5) * w.getHeight() / n;
                f.gradient(x, y, g);
                out[0][k] = x;
                out[1][k] = y;
                out[2][k] = Double.isFinite(g[0]) ? g[0] : 0;
                out[3][k] = Double.isFinite(g[1]) ? g[1] : 0;
                longest = Math.max(longest, Math.hypot(out[2][k], out[3][k]));
            }
        }
        double scale = longest > 0 ? 0.8 * Math.min(w.getWidth(), w.getHeight()) / n / longest : 0;
        for (int k = 0; k < n * n; k++) {
            out[2][k] *= scale;
            out[3][k] *= scale;
        }
        return out;
    }
}
