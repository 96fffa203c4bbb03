package deepmath.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import deepmath.grid.Grid2D;
import deepmath.grid.GridValues;
import deepmath.nd.Nd4jRuntime;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** gelu, gelu_tanh and gelu_sigmoid in formulas (book chapter 18, line 21719): values, derivatives, grids. */
class GeluFormulasTest {

    @BeforeAll
    static void loadNd4j() {
        Nd4jRuntime.initialise();
    }

    private static double at(String text, double x) {
        return Formula.parse(text).valueAt(Map.of("x", x));
    }

    @Test
    void approximationsHaveTheirFormulasValues() {
        // Each written out independently of deepmath.core.Gelu.
        for (double x : new double[] {-3, -0.75, 0, 0.5, 1, 2.5}) {
            double tanh = 0.5 * x * (1 + Math.tanh(Math.sqrt(2 / Math.PI) * (x + 0.044715 * x * x * x)));
            double sigmoid = x / (1 + Math.exp(-1.702 * x));
            assertEquals(tanh, at("gelu_tanh(x)", x), 1e-15, "gelu_tanh at " + x);
            assertEquals(sigmoid, at("gelu_sigmoid(x)", x), 1e-15, "gelu_sigmoid at " + x);
        }
        // GELU(1) = Φ(1) = 0.8413447460685429; the tanh form is within 2e-4 of it there, the sigmoid one 5e-3.
        assertEquals(0.8413447460685429, at("gelu(x)", 1), 1e-15);
        assertEquals(0.8413447460685429, at("gelu_tanh(x)", 1), 2e-4);
        assertEquals(0.8413447460685429, at("gelu_sigmoid(x)", 1), 5e-3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"gelu(x)", "gelu_tanh(x)", "gelu_sigmoid(x)", "gelu_tanh(2x - 1) * gelu_sigmoid(x / 3)"})
    void derivativesAgreeWithFiniteDifferences(String text) {
        Formula f = Formula.parse(text);
        for (double x = -4; x <= 4; x += 0.37) {
            double h = 1e-5;
            double central = (f.valueAt(Map.of("x", x + h)) - f.valueAt(Map.of("x", x - h))) / (2 * h);
            double reverse = Derivatives.reverseGradient(f, new double[] {x})[0];
            double forward = Derivatives.forwardGradient(f, new double[] {x})[0];
            assertEquals(central, reverse, 1e-8, text + " at " + x);
            assertEquals(reverse, forward, 1e-12, text + " at " + x);
            double k = 1e-4;
            double second = (f.valueAt(Map.of("x", x + k)) - 2 * f.valueAt(Map.of("x", x)) + f.valueAt(Map.of("x", x - k)))
                    / (k * k);
            assertEquals(second, Derivatives.hessian(f, new double[] {x})[0][0], 1e-5, text + " f'' at " + x);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"gelu_tanh(x) + gelu_sigmoid(y)", "gelu(x) - gelu_tanh(x) + y"})
    void gridPassAgreesWithPointByPoint(String text) {
        Formula f = Formula.parse(text);
        Grid2D grid = new Grid2D(-4, 4, -3, 3, 21, 13);
        GridValues values = GridEvaluation.surface(f, "x", "y", grid, Map.of());
        for (int j = 0; j < grid.ny(); j++) {
            for (int i = 0; i < grid.nx(); i++) {
                double expected = f.valueAt(Map.of("x", grid.x(i), "y", grid.y(j)));
                assertEquals(expected, values.at(i, j), 2e-5 * (1 + Math.abs(expected)), text);
            }
        }
    }
}
