package deepmath.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import deepmath.grid.Grid2D;
import deepmath.grid.GridValues;
import deepmath.nd.Nd4jRuntime;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GridEvaluationTest {

    @BeforeAll
    static void loadNd4j() {
        Nd4jRuntime.initialise();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "x*exp(-x^2-y^2)", "a*x^2 + b*y^2", "cos(x*y) - heaviside(x) + relu(y)", "gelu(x) + erf(y) + 3",
        "min(x, y) * max(x, 2) + tan(x/4) - sigmoid(y) / 2", "sqrt(x^2 + y^2) + abs(x) - ln(2 + sin(y))",
        "2^x + x^y", "-(x - y)^3 + 1/(1 + x^2)", "7",
    })
    void gridPassAgreesWithPointByPointEvaluation(String text) {
        Formula f = Formula.parse(text);
        Map<String, Double> parameters = Map.of("a", 1.5, "b", -0.5);
        Grid2D grid = new Grid2D(0.1, 2, -1.5, 1.5, 37, 23);
        GridValues values = GridEvaluation.surface(f, "x", "y", grid, parameters);
        for (int j = 0; j < grid.ny(); j++) {
            for (int i = 0; i < grid.nx(); i++) {
                double expected = f.valueAt(Map.of("x", grid.x(i), "y", grid.y(j), "a", 1.5, "b", -0.5));
                float x = (float) grid.x(i);
                assertEquals(expected, values.at(i, j), 2e-5 * (1 + Math.abs(expected)), text + " at " + x);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"x^3 - 100", "2x - cos(x)", "heaviside(x)", "exp(-x^2)"})
    void curvesAreEvaluatedInDoublePrecision(String text) {
        Formula f = Formula.parse(text);
        double[] xs = {-3, -1e-9, 0, 0.5, 3};
        double[] ys = GridEvaluation.curve(f, "x", xs, Map.of());
        for (int k = 0; k < xs.length; k++) {
            assertEquals(f.valueAt(Map.of("x", xs[k])), ys[k], 1e-12);
        }
        assertTrue(ys.length == xs.length);
    }
}
