package deepmath.expr;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The computational graph at a point with some of the formula's names chosen as its variables (book ch. 7 §5:
 * the weights a, b, c of a neuron become variables of F(x, a, b, c)); the other names are fixed to their values.
 * Each chosen variable's ∂F/∂name comes twice: backward (its adjoint) and forward (the tangent carried from it).
 */
public final class WeightGradient {
    /** One partial derivative computed both ways (equal up to rounding). */
    public record Partial(String name, double backward, double forward) {
    }

    private WeightGradient() {
    }

    /**
     * The graph of {@code formula} where the names in {@code variables} stay variables (those the formula uses)
     * and every other name takes its value from {@code values}, traced at the values of the variables.
     */
    public static GraphTrace trace(Formula formula, Map<String, Double> values, Collection<String> variables) {
        Map<String, Double> fixed = new LinkedHashMap<>(values);
        fixed.keySet().removeAll(variables);
        Formula kept = formula.withValues(fixed);
        double[] point = kept.point(values);
        return kept.graph().trace(point);
    }

    /** ∂F/∂v backward and forward for every variable v of the trace, in its variables' order. */
    public static List<Partial> partials(GraphTrace trace) {
        List<Partial> out = new ArrayList<>();
        List<String> names = trace.graph().variables();
        for (int v = 0; v < names.size(); v++) {
            double[] tangents = trace.tangents(v);
            out.add(new Partial(names.get(v), trace.gradient()[v], tangents[trace.graph().output()]));
        }
        return out;
    }
}
