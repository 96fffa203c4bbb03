package deepmath.app.function;

import deepmath.calculus.NewtonRoot;
import deepmath.expr.CompiledFunction;
import deepmath.expr.Derivatives;
import deepmath.expr.Formula;
import deepmath.expr.GraphTrace;
import deepmath.expr.GridEvaluation;
import deepmath.nd.Nd4jRuntime;
import java.util.List;
import java.util.Map;

/** y = f(x) with f' and f'' sampled across the window, the tangent point and Newton's iterates. */
final class CurveComputation {
    private static final int SAMPLES = 801;

    record Request(Formula bound, String xName, double xMin, double xMax, double x0, double h, double newtonStart,
                   int newtonSteps) {
    }

    record Result(double[] xs, double[] f, double[] f1, double[] f2, double x0, double fx0, double slope,
                  double curvature, double fx0h, List<NewtonRoot.Step> newton, GraphTrace trace) {
    }

    private CurveComputation() {
    }

    static Result compute(Request r) {
        Nd4jRuntime.initialise();
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
        double[] tracePoint = usesX ? new double[] {r.x0()} : new double[0];
        return new Result(xs, values, first, second, r.x0(), fx0, slope, curvature, fx0h, newton,
                f.graph().trace(tracePoint));
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
