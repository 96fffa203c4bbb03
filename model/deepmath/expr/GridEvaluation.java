package deepmath.expr;

import deepmath.grid.Grid2D;
import deepmath.grid.GridValues;
import java.util.HashMap;
import java.util.Map;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** z = f(x, y) on a grid and y = f(x) on a list of abscissae, each in one vectorised ND4J pass. */
public final class GridEvaluation {
    private GridEvaluation() {
    }

    /**
     * f on every node of the grid, {@code xName}/{@code yName} being the plotted variables; every other
     * variable of the formula must be in {@code parameters}.
     */
    public static GridValues surface(Formula formula, String xName, String yName, Grid2D grid,
                                     Map<String, Double> parameters) {
        Map<String, INDArray> arrays = new HashMap<>();
        arrays.put(xName, Nd4j.createFromArray(grid.xs()));
        arrays.put(yName, Nd4j.createFromArray(grid.ys()));
        INDArray z = ArrayEvaluator.evaluate(formula.graph(), arrays, parameters);
        return new GridValues(grid, z.castTo(DataType.FLOAT).toFloatVector());
    }

    /** f at each x (double precision: curves are zoomed into, and f' is compared with tangents). */
    public static double[] curve(Formula formula, String xName, double[] xs, Map<String, Double> parameters) {
        INDArray z = ArrayEvaluator.evaluate(formula.graph(), Map.of(xName, Nd4j.createFromArray(xs)), parameters);
        return z.castTo(DataType.DOUBLE).toDoubleVector();
    }
}
