package deepmath.bench;

import deepmath.expr.ArrayEvaluator;
import deepmath.expr.Formula;
import deepmath.expr.GridEvaluation;
import deepmath.grid.Grid2D;
import deepmath.nd.Nd4jRuntime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * {@code eval-grid-400}: a 10-node formula on a 400×400 grid into the float[] the views draw, the way the surfaces
 * and level-sets labs compute it ({@link GridEvaluation#surface}: blocks of plain double arrays, two bands at
 * once). {@code --param path=nd4j} times the anchor it replaced: one ND4J array operation per node over the whole
 * grid in float32 ({@link ArrayEvaluator}), then the copy back to a float[].
 */
public final class EvalGridBenchmark implements Benchmark {
    static final String FORMULA = "x*exp(-x^2-y^2) + y";
    private static final int N = 400;

    @Override
    public String name() {
        return "eval-grid-400";
    }

    @Override
    public String description() {
        return "Evaluate " + FORMULA + " (10 graph nodes) on a 400x400 grid (--param path=nd4j: on ND4J arrays);"
                + " goal <= 5 ms.";
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
        String path = context.option("path").orElse("blocks");
        if (!path.equals("blocks") && !path.equals("nd4j")) {
            throw new IllegalArgumentException("path is blocks or nd4j, not " + path);
        }
        Formula formula = Formula.parse(FORMULA);
        Grid2D grid = Grid2D.square(-2, 2, -2, 2, N);
        Runnable evaluation;
        if (path.equals("nd4j")) {
            Nd4jRuntime.initialise();
            evaluation = () -> {
                Map<String, INDArray> arrays = Map.of("x", Nd4j.createFromArray(grid.xs()),
                        "y", Nd4j.createFromArray(grid.ys()));
                ArrayEvaluator.evaluate(formula.graph(), arrays, Map.of()).castTo(DataType.FLOAT).toFloatVector();
            };
        } else {
            evaluation = () -> GridEvaluation.surface(formula, "x", "y", grid, Map.of());
        }
        return new Trial() {
            @Override
            public void run() {
                evaluation.run();
            }

            @Override
            public Map<String, String> parameters() {
                Map<String, String> p = new LinkedHashMap<>();
                p.put("grid", N + "x" + N);
                p.put("nodes", String.valueOf(formula.graph().size()));
                p.put("path", path);
                return p;
            }
        };
    }
}
