package deepmath.app.function;

import deepmath.expr.CompiledFunction;
import deepmath.expr.Formula;
import deepmath.expr.GridEvaluation;
import deepmath.grid.Grid2D;
import deepmath.levels.ContourLine;
import deepmath.levels.LevelSurface;
import deepmath.levels.MarchingSquares;
import deepmath.viz.surface.Curve3D;
import deepmath.viz.surface.SurfaceBox;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Rectangle2D;
import javafx.scene.paint.Color;

/**
 * The level surface F(x, y, z) = c of the surfaces lab (book ch. 7 §2.5), off the FX thread: marching cubes in
 * the window × a z range as long as the window's longer side, and the slice z = z0 (the level line F(x, y, z0) = c)
 * at its height.
 */
final class LevelSurfaceComputation {
    static final Color SLICE = Color.web("#fb8500");
    /** Cubes along each edge: 48³ cells, a fraction of a second. */
    static final int CELLS = 48;

    record Request(Formula formula, Map<String, Double> parameters, String xName, String yName, String zName,
                   Rectangle2D window, double level) {
    }

    record Result(LevelSurface.Mesh mesh, SurfaceBox box, List<Curve3D> slice, double z0) {
    }

    private LevelSurfaceComputation() {
    }

    /** The third variable: z when the formula uses it beside the axes, else its first other name; null if none. */
    static String thirdVariable(Formula formula, List<String> axes) {
        List<String> others = new ArrayList<>(formula.variables());
        others.removeAll(axes);
        if (others.contains("z")) {
            return "z";
        }
        return others.isEmpty() ? null : others.get(0);
    }

    static Result compute(Request r) {
        Map<String, Double> fixed = new HashMap<>(r.parameters());
        double z0 = fixed.getOrDefault(r.zName(), 0.0);
        fixed.remove(r.zName());
        Formula f = r.formula().withValues(fixed);
        CompiledFunction compiled = f.compile();
        List<String> names = f.variables();
        int ix = names.indexOf(r.xName());
        int iy = names.indexOf(r.yName());
        int iz = names.indexOf(r.zName());
        double[] point = new double[names.size()];
        LevelSurface.Field field = (x, y, z) -> {
            if (ix >= 0) {
                point[ix] = x;
            }
            if (iy >= 0) {
                point[iy] = y;
            }
            if (iz >= 0) {
                point[iz] = z;
            }
            return compiled.value(point);
        };
        Rectangle2D w = r.window();
        // z over as long a range as the window's longer side (drawn 0.7 as tall, as every z of this view)
        double half = Math.max(w.getWidth(), w.getHeight()) / 2;
        double[] box = {w.getMinX(), w.getMaxX(), w.getMinY(), w.getMaxY(), -half, half};
        LevelSurface.Mesh mesh = LevelSurface.of(field, box, CELLS, r.level());
        List<Curve3D> slice = new ArrayList<>();
        if (z0 >= -half && z0 <= half) {
            var values = GridEvaluation.surface(f.withValues(Map.of(r.zName(), z0)), r.xName(), r.yName(),
                    Grid2D.square(w.getMinX(), w.getMaxX(), w.getMinY(), w.getMaxY(), 160), Map.of());
            for (ContourLine line : MarchingSquares.lines(values, new double[] {r.level()})) {
                List<double[]> points = new ArrayList<>(line.size());
                for (int k = 0; k < line.size(); k++) {
                    points.add(new double[] {line.xs()[k], line.ys()[k], z0});
                }
                slice.add(new Curve3D(points, SLICE, 0.8));
            }
        }
        return new Result(mesh, new SurfaceBox(box[0], box[1], box[2], box[3], box[4], box[5]), slice, z0);
    }
}
