package deepmath.bench;

import deepmath.grid.Grid2D;
import deepmath.grid.GridValues;
import deepmath.levels.Levels;
import deepmath.levels.MarchingSquares;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code contours-400}: marching squares, 20 levels, on x·exp(−x²−y²) sampled on 400×400. */
public final class ContoursBenchmark implements Benchmark {
    private static final int N = 400;
    private static final int LEVELS = 20;

    @Override
    public String name() {
        return "contours-400";
    }

    @Override
    public String description() {
        return "Level lines (marching squares, chained polylines) of x*exp(-x^2-y^2), 20 levels, 400x400; goal <= 10 ms.";
    }

    @Override
    public int warmups() {
        return 20;
    }

    @Override
    public int runs() {
        return 50;
    }

    @Override
    public Trial prepare(BenchContext context) {
        Grid2D grid = Grid2D.square(-2, 2, -2, 2, N);
        float[] z = new float[grid.size()];
        for (int j = 0; j < N; j++) {
            for (int i = 0; i < N; i++) {
                double x = grid.x(i);
                double y = grid.y(j);
                z[grid.index(i, j)] = (float) (x * Math.exp(-x * x - y * y));
            }
        }
        GridValues values = new GridValues(grid, z);
        double[] levels = Levels.evenly(-0.43, 0.43, LEVELS);
        int[] segments = new int[1];
        return new Trial() {
            @Override
            public void run() {
                segments[0] = MarchingSquares.lines(values, levels).size();
            }

            @Override
            public Map<String, String> parameters() {
                Map<String, String> p = new LinkedHashMap<>();
                p.put("grid", N + "x" + N);
                p.put("levels", String.valueOf(LEVELS));
                return p;
            }

            @Override
            public Map<String, String> derived(double medianMillis) {
                return Map.of("lines", String.valueOf(segments[0]));
            }
        };
    }
}
