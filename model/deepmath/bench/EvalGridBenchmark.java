package deepmath.bench;

import deepmath.expr.Formula;
import deepmath.expr.GridEvaluation;
import deepmath.grid.Grid2D;
import deepmath.nd.Nd4jRuntime;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code eval-grid-400}: a 10-node formula on a 400×400 grid through ND4J, back into a float[] for the views. */
public final class EvalGridBenchmark implements Benchmark {
    static final String FORMULA = "x*exp(-x^2-y^2) + y";
    private static final int N = 400;

    @Override
    public String name() {
        return "eval-grid-400";
    }

    @Override
    public String description() {
        return "Evaluate " + FORMULA + " (10 graph nodes) on a 400x400 grid with ND4J; goal <= 5 ms.";
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
        Nd4jRuntime.initialise();
        Formula formula = Formula.parse(FORMULA);
        Grid2D grid = Grid2D.square(-2, 2, -2, 2, N);
        return new Trial() {
            @Override
            public void run() {
                GridEvaluation.surface(formula, "x", "y", grid, Map.of());
            }

            @Override
            public Map<String, String> parameters() {
                Map<String, String> p = new LinkedHashMap<>();
                p.put("grid", N + "x" + N);
                p.put("nodes", String.valueOf(formula.graph().size()));
                return p;
            }
        };
    }
}
