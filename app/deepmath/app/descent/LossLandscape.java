package deepmath.app.descent;

import deepmath.descent.Objective;
import deepmath.expr.GridEvaluation;
import deepmath.grid.Grid2D;
import deepmath.grid.GridValues;
import deepmath.levels.ContourLine;
import deepmath.levels.Levels;
import deepmath.levels.MarchingSquares;
import java.util.List;
import java.util.Map;

/** The function (or loss E(a, b)) sampled over the window, with its level lines: the descent's background. */
record LossLandscape(double[] window, GridValues values, double zMin, double zMax, double[] levels,
                     List<ContourLine> lines) {

    /** Samples {@code window} (xMin, xMax, yMin, yMax) with {@code resolution} points along its longer side. */
    static LossLandscape compute(DescentProblem problem, double[] window, int resolution) {
        double aspect = (window[1] - window[0]) / (window[3] - window[2]);
        int nx = aspect >= 1 ? resolution : Math.max(2, (int) Math.round(resolution * aspect));
        int ny = aspect >= 1 ? Math.max(2, (int) Math.round(resolution / aspect)) : resolution;
        Grid2D grid = new Grid2D(window[0], window[1], window[2], window[3], nx, ny);
        GridValues values;
        if (problem.isFunction()) {
            List<String> axes = problem.parameters();
            values = GridEvaluation.surface(problem.formula(), axes.get(0), axes.get(1), grid, Map.of());
        } else {
            Objective loss = problem.withBatchSize(0).newObjective(0);
            float[] z = new float[grid.size()];
            double[] p = new double[2];
            for (int j = 0; j < grid.ny(); j++) {
                for (int i = 0; i < grid.nx(); i++) {
                    p[0] = grid.x(i);
                    p[1] = grid.y(j);
                    z[grid.index(i, j)] = (float) loss.value(p);
                }
            }
            values = new GridValues(grid, z);
        }
        GridValues.Range range = values.finiteRange();
        double lo = range.isEmpty() ? 0 : range.min();
        double hi = range.isEmpty() ? 1 : range.max();
        // Level lines spaced like the book's figures: denser near the minimum (square-root spacing).
        double[] levels = new double[16];
        for (int k = 0; k < levels.length; k++) {
            double t = (k + 1) / (double) (levels.length + 1);
            levels[k] = lo + (hi - lo) * t * t;
        }
        if (!(hi > lo)) {
            levels = Levels.nice(lo - 1, hi + 1, 5);
        }
        return new LossLandscape(window.clone(), values, lo, hi, levels, MarchingSquares.lines(values, levels));
    }
}
