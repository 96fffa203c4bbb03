package deepmath.expr;

import deepmath.grid.Grid2D;
import deepmath.grid.GridValues;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * z = f(x, y) on a grid and y = f(x) on a list of abscissae, through {@link BlockEvaluator}: in double precision,
 * the same numbers as the formula evaluated point by point (a surface keeps them as floats, for the views).
 */
public final class GridEvaluation {
    private GridEvaluation() {
    }

    /**
     * f on every node of the grid, {@code xName}/{@code yName} being the plotted variables; every other
     * variable of the formula must be in {@code parameters}.
     */
    public static GridValues surface(Formula formula, String xName, String yName, Grid2D grid,
                                     Map<String, Double> parameters) {
        ComputationGraph graph = formula.graph();
        float[] z = new float[grid.size()];
        BlockEvaluator.evaluate(graph, Set.copyOf(List.of(xName, yName)), parameters, new GridPoints(graph, xName, grid),
                (start, count, values) -> {
                    for (int k = 0; k < count; k++) {
                        z[start + k] = (float) values[k];
                    }
                });
        return new GridValues(grid, z);
    }

    /** f at each x (double precision: curves are zoomed into, and f' is compared with tangents). */
    public static double[] curve(Formula formula, String xName, double[] xs, Map<String, Double> parameters) {
        double[] y = new double[xs.length];
        BlockEvaluator.Points points = new BlockEvaluator.Points() {
            @Override
            public int size() {
                return xs.length;
            }

            @Override
            public void fill(int variable, int start, int count, double[] into) {
                System.arraycopy(xs, start, into, 0, count);
            }
        };
        BlockEvaluator.evaluate(formula.graph(), Set.of(xName), parameters, points,
                (start, count, values) -> System.arraycopy(values, 0, y, start, count));
        return y;
    }

    /** The nodes of a grid in its storage order (x fastest): x(i) for the first variable, y(j) for the second. */
    private static final class GridPoints implements BlockEvaluator.Points {
        private final int nx;
        private final int xVariable;
        private final double[] xs;
        private final double[] ys;

        GridPoints(ComputationGraph graph, String xName, Grid2D grid) {
            this.nx = grid.nx();
            this.xVariable = graph.variables().indexOf(xName);
            this.xs = new double[grid.nx()];
            this.ys = new double[grid.ny()];
            for (int i = 0; i < xs.length; i++) {
                xs[i] = grid.x(i);
            }
            for (int j = 0; j < ys.length; j++) {
                ys[j] = grid.y(j);
            }
        }

        @Override
        public int size() {
            return nx * ys.length;
        }

        @Override
        public void fill(int variable, int start, int count, double[] into) {
            int i = start % nx;
            int j = start / nx;
            if (variable == xVariable) {
                for (int k = 0; k < count; k++) {
                    into[k] = xs[i];
                    if (++i == nx) {
                        i = 0;
                    }
                }
            } else {
                for (int k = 0; k < count; k++) {
                    into[k] = ys[j];
                    if (++i == nx) {
                        i = 0;
                        j++;
                    }
                }
            }
        }
    }
}
