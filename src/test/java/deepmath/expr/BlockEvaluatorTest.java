package deepmath.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import deepmath.core.BadInputException;
import deepmath.grid.Grid2D;
import deepmath.grid.GridValues;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The grid path (blocks of double arrays, two bands) against the straightforward evaluation: the formula's graph
 * evaluated point by point ({@link CompiledFunction#value}). Both run the same double arithmetic, so the floats of
 * a surface and the doubles of a curve must be equal to the bit, NaN and infinities included.
 */
class BlockEvaluatorTest {
    /** Every function the parser knows, alone and mixed, with parameters, shared sub-formulas and odd points. */
    static final List<String> FORMULAS = List.of(
            "sin(x) + cos(y)", "tan(x*y)", "exp(x) - exp(-y)", "ln(x) + log(y)", "sqrt(x) * sqrt(y + 1)",
            "abs(x - y)", "tanh(3x) + sigmoid(-2y)", "relu(x) - relu(-y)", "heaviside(x) + heaviside(x*y)",
            "gelu(x) + gelu_tanh(y)", "gelu_sigmoid(x*y) - erf(x)", "min(x, y) + max(x, 2) - min(1, y)",
            "x*exp(-x^2-y^2) + y", "a*x^2 + b*y^2", "(x - a)^3 / (1 + y^2)", "x^y + 2^x + y^0.5", "1/x + 1/y",
            "-(x + y) * -(x - y)", "sin(x*y) + x*y + exp(sin(x*y))", "a*b + y", "7", "a + 3", "y^2", "x",
            "sqrt(x^2 + y^2 - 1)", "ln(abs(x) + abs(y))", "exp(10*x*y)", "x/y - y/x");
    private static final Map<String, Double> PARAMETERS = Map.of("a", 1.5, "b", -0.5);

    static List<String> formulas() {
        return FORMULAS;
    }

    @Test
    void theFormulasCallEveryFunctionOfTheParser() {
        String all = String.join(" ", FORMULAS);
        for (MathFunction f : MathFunction.values()) {
            assertTrue(all.matches("(?s).*\\b" + f.symbol() + "\\(.*"), f.symbol() + " is not tested");
        }
    }

    @ParameterizedTest
    @MethodSource("formulas")
    void surfaceIsThePointByPointEvaluationToTheBit(String text) {
        Formula f = Formula.parse(text);
        // 211 × 157 = 33 127 points: several blocks and two bands; the window crosses 0 and the axes' lines.
        Grid2D grid = new Grid2D(-2, 3, -1.5, 2.5, 211, 157);
        GridValues values = GridEvaluation.surface(f, "x", "y", grid, PARAMETERS);
        CompiledFunction reference = f.compile();
        for (int j = 0; j < grid.ny(); j++) {
            for (int i = 0; i < grid.nx(); i++) {
                double expected = reference.value(f.point(at(grid.x(i), grid.y(j))));
                assertEquals((float) expected, values.at(i, j), 0f, text + " at (" + grid.x(i) + ", " + grid.y(j) + ")");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("formulas")
    void curveIsThePointByPointEvaluationToTheBit(String text) {
        Formula f = Formula.parse(text).withValues(Map.of("y", 0.75));
        double[] xs = IntStream.range(0, 20_001).mapToDouble(k -> -4 + k * 4e-4).toArray();
        double[] ys = GridEvaluation.curve(f, "x", xs, PARAMETERS);
        CompiledFunction reference = f.compile();
        for (int k = 0; k < xs.length; k++) {
            double expected = reference.value(f.point(at(xs[k], 0.75)));
            assertEquals(expected, ys[k], 0.0, text + " at " + xs[k]);
        }
    }

    @Test
    void aLongFlatSumReusesItsBuffersAndKeepsItsValue() {
        // 1 + 2x + 3x + … + 3000x: 6000 nodes, one pass per node, three buffers alive at most.
        String text = "1" + IntStream.rangeClosed(2, 3000).mapToObj(n -> " + " + n + "*x").collect(Collectors.joining());
        Formula f = Formula.parse(text);
        double[] xs = {-1, 0, 0.5, 2};
        double[] ys = GridEvaluation.curve(f, "x", xs, Map.of());
        double sum = 3000.0 * 3001 / 2 - 1; // 2 + 3 + … + 3000
        for (int k = 0; k < xs.length; k++) {
            assertEquals(1 + sum * xs[k], ys[k], 1e-9 * sum);
        }
        assertTrue(BlockPlan.of(f.graph(), new boolean[] {true}, Map.of()).slots() <= 4);
    }

    @Test
    void aMissingParameterIsAnInputErrorNamingIt() {
        Formula f = Formula.parse("a*x + y");
        BadInputException e = assertThrows(BadInputException.class,
                () -> GridEvaluation.surface(f, "x", "y", Grid2D.square(0, 1, 0, 1, 200), Map.of()));
        assertTrue(e.getMessage().contains("a"), e.getMessage());
    }

    @Test
    void squaresAreExactOnBinaryFractions() {
        // f(x, y) = x² + y² on a grid of step 0.25: every value is a binary fraction, so exact.
        GridValues values = GridEvaluation.surface(Formula.parse("x^2 + y^2"), "x", "y", Grid2D.square(-2, 2, -2, 2, 17),
                Map.of());
        assertEquals(8f, values.at(0, 0));
        assertEquals(0f, values.at(8, 8));
        assertEquals(1.0625f, values.at(9, 12));
    }

    private static Map<String, Double> at(double x, double y) {
        Map<String, Double> point = new HashMap<>(PARAMETERS);
        point.put("x", x);
        point.put("y", y);
        return point;
    }
}
