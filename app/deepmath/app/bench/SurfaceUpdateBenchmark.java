package deepmath.app.bench;

import deepmath.bench.BenchContext;
import deepmath.bench.Benchmark;
import deepmath.bench.Trial;
import deepmath.expr.Formula;
import deepmath.expr.GridEvaluation;
import deepmath.grid.Grid2D;
import deepmath.grid.GridValues;
import deepmath.nd.Nd4jRuntime;
import deepmath.viz.surface.SurfaceBox;
import deepmath.viz.surface.SurfaceMesh;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * {@code surface-update-200}: what one tick of a parameter slider costs the 3D view at 200×200 — the formula
 * on the grid (ND4J) and the mesh's points and colours rewritten in place. The goal is ≥ 30 updates/s.
 */
public final class SurfaceUpdateBenchmark implements Benchmark {
    private static final int N = 200;

    @Override
    public String name() {
        return "surface-update-200";
    }

    @Override
    public String description() {
        return "Slider tick on a 200x200 surface: a*x*exp(-x^2-y^2) on the grid (ND4J) + mesh rewrite in place; "
                + "goal >= 30 updates/s.";
    }

    @Override
    public int warmups() {
        return 10;
    }

    @Override
    public int runs() {
        return 40;
    }

    @Override
    public Trial prepare(BenchContext context) {
        Nd4jRuntime.initialise();
        Formula formula = Formula.parse("a*x*exp(-x^2-y^2)");
        Grid2D grid = Grid2D.square(-2, 2, -2, 2, N);
        SurfaceMesh mesh = new SurfaceMesh();
        double[] a = {1};
        return new Trial() {
            @Override
            public void run() {
                a[0] = a[0] > 2 ? 0.5 : a[0] + 0.01;
                GridValues values = GridEvaluation.surface(formula, "x", "y", grid, Map.of("a", a[0]));
                mesh.update(values, new SurfaceBox(-2, 2, -2, 2, -0.9, 0.9));
            }

            @Override
            public Map<String, String> parameters() {
                Map<String, String> p = new LinkedHashMap<>();
                p.put("grid", N + "x" + N);
                return p;
            }

            @Override
            public Map<String, String> derived(double medianMillis) {
                return Map.of("updates_per_s", String.format(Locale.ROOT, "%.0f", 1000 / medianMillis));
            }
        };
    }
}
