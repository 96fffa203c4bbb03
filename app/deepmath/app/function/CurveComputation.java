package deepmath.app.function;

import deepmath.calculus.NewtonRoot;
import deepmath.expr.CompiledFunction;
import deepmath.expr.Derivatives;
import deepmath.expr.Formula;
import deepmath.expr.GraphTrace;
import deepmath.expr.GridEvaluation;
import deepmath.expr.WeightGradient;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * y = f(x) with f' and f'' sampled across the window, the curves drawn over it, the tangent point, Newton's
 * iterates and the computational graph at x0.
 */
final class CurveComputation {
    private static final int SAMPLES = 801;

    /**
     * {@code overlay}: the curves drawn over f, already bound to the parameters (functions of x alone);
     * {@code formula}, {@code parameters} and {@code weights}: the graph, with the chosen weights as its variables.
     */
    record Request(Formula bound, String xName, double xMin, double xMax, double x0, double h, double newtonStart,
                   int newtonSteps, List<Formula> overlay, Formula formula, Map<String, Double> parameters,
                   Set<String> weights) {
    }

    record Result(double[] xs, double[] f, double[] f1, double[] f2, double x0, double fx0, double slope,
                  double curvature, double fx0h, List<NewtonRoot.Step> newton, GraphTrace trace,
                  List<double[]> overlay) {
    }

    private CurveComputation() {
    }

    static Result compute(Request r) {
        double[] xs = new double[SAMPLES];
        for (int k = 0; k < SAMPLES; k++) {
            xs[k] = r.xMin() + (r.xMax() - r.xMin()) * k / (SAMPLES - 1);
        }
        Formula f = r.bound();
        boolean usesX = f.variables().contains(r.xName());
        double[] values = usesX ? GridEvaluation.curve(f, r.xName(), xs, Map.of()) : constant(f, xs.length);
        double[] first = new double[SAMPLES];
        double[] second = new double[SAMPLES];
        CompiledFunction compiled = f.compile();
        double[] point = new double[f.variables().size()];
        double[] gradient = new double[point.length];
        for (int k = 0; k < SAMPLES && usesX; k++) {
            point[0] = xs[k];
            compiled.gradient(point, gradient);
            first[k] = gradient[0];
            second[k] = Derivatives.hessian(f, point)[0][0];
        }
        double fx0 = valueAt(compiled, point, r.x0());
        double slope = usesX ? derivativeAt(compiled, point, gradient, r.x0()) : 0;
        double curvature = usesX ? Derivatives.hessian(f, new double[] {r.x0()})[0][0] : 0;
        double fx0h = valueAt(compiled, point, r.x0() + r.h());
        List<NewtonRoot.Step> newton = usesX && r.newtonSteps() > 0
                ? NewtonRoot.iterate(f, r.newtonStart(), r.newtonSteps(), 0) : List.of();
        List<double[]> overlay = new java.util.ArrayList<>();
        for (Formula curve : r.overlay()) {
            overlay.add(curve.variables().isEmpty() ? constant(curve, xs.length)
                    : GridEvaluation.curve(curve, r.xName(), xs, Map.of()));
        }
        Map<String, Double> at = new java.util.HashMap<>(r.parameters());
        at.put(r.xName(), r.x0());
        Set<String> variables = new java.util.HashSet<>(r.weights());
        variables.add(r.xName());
        return new Result(xs, values, first, second, r.x0(), fx0, slope, curvature, fx0h, newton,
                WeightGradient.trace(r.formula(), at, variables), List.copyOf(overlay));
    }

    private static double[] constant(Formula f, int n) {
        double v = f.compile().value(new double[0]);
        double[] out = new double[n];
        java.util.Arrays.fill(out, v);
        return out;
    }

    private static double valueAt(CompiledFunction f, double[] point, double x) {
        if (point.length > 0) {
            point[0] = x;
        }
        return f.value(point);
    }

    private static double derivativeAt(CompiledFunction f, double[] point, double[] gradient, double x) {
        point[0] = x;
        f.gradient(point, gradient);
        return gradient[0];
    }
}
