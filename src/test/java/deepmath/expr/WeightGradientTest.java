package deepmath.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Book ch. 7 §5: the gradient with respect to the weights, on the book's two worked networks. */
class WeightGradientTest {

    private static Map<String, Double> byName(List<WeightGradient.Partial> partials, boolean backward) {
        Map<String, Double> out = new java.util.HashMap<>();
        partials.forEach(p -> out.put(p.name(), backward ? p.backward() : p.forward()));
        return out;
    }

    @Test
    void line8237FEqualsLnOfCTimesAxPlusBSquaredAtTwoThreeFourFive() {
        Formula f = Formula.parse("ln(c*(a*x + b)^2)");
        Map<String, Double> at = Map.of("x", 2.0, "a", 3.0, "b", 4.0, "c", 5.0);
        GraphTrace t = WeightGradient.trace(f, at, Set.of("a", "b", "c"));
        assertEquals(List.of("a", "b", "c"), t.graph().variables()); // x is fixed at 2
        assertEquals(Math.log(500), t.value(), 1e-12);              // F(2, 3, 4, 5) = ln 500
        List<WeightGradient.Partial> partials = WeightGradient.partials(t);
        for (boolean backward : new boolean[] {true, false}) {
            Map<String, Double> d = byName(partials, backward);
            assertEquals(2.0 / 5, d.get("a"), 1e-12); // ∂F/∂a = 2/5
            assertEquals(1.0 / 5, d.get("b"), 1e-12); // ∂F/∂b = 1/5
            assertEquals(1.0 / 5, d.get("c"), 1e-12); // ∂F/∂c = 100 × 1/500
        }
        // with x a variable too: ∂F/∂x = 3/5 (line 8420)
        GraphTrace all = WeightGradient.trace(f, at, Set.of("a", "b", "c", "x"));
        assertEquals(3.0 / 5, byName(WeightGradient.partials(all), true).get("x"), 1e-12);
    }

    @Test
    void line8501FEqualsExpOfCCosAxPlusDSinBx() {
        Formula f = Formula.parse("exp(c*cos(a*x) + d*sin(b*x))");
        double x = 0.7;
        double a = 1.3;
        double b = -0.4;
        double c = 0.9;
        double d = 2.1;
        Map<String, Double> at = Map.of("x", x, "a", a, "b", b, "c", c, "d", d);
        List<WeightGradient.Partial> partials =
                WeightGradient.partials(WeightGradient.trace(f, at, Set.of("a", "b", "c", "d", "x")));
        double w = c * Math.cos(a * x) + d * Math.sin(b * x);
        double e = Math.exp(w);
        for (boolean backward : new boolean[] {true, false}) {
            Map<String, Double> got = byName(partials, backward);
            assertEquals(Math.cos(a * x) * e, got.get("c"), 1e-12);              // cos u · exp w
            assertEquals(Math.sin(b * x) * e, got.get("d"), 1e-12);              // sin v · exp w
            assertEquals(-x * c * Math.sin(a * x) * e, got.get("a"), 1e-12);     // −xc sin u exp w
            assertEquals(x * d * Math.cos(b * x) * e, got.get("b"), 1e-12);      // xd cos v exp w
            assertEquals((-a * c * Math.sin(a * x) + b * d * Math.cos(b * x)) * e, got.get("x"), 1e-12);
        }
    }
}
