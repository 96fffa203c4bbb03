package deepmath.calculus;

import deepmath.expr.CompiledFunction;
import deepmath.expr.Formula;
import java.util.ArrayList;
import java.util.List;

/**
 * Newton's method for f(x) = 0 in one variable (book ch. 1: x³ − 100, 2x − cos x): x ← x − f(x)/f'(x),
 * each iterate kept so the curve view can draw the tangents that produce it.
 */
public final class NewtonRoot {
    private NewtonRoot() {
    }

    /** One iterate: the point, f and f' there, and where the tangent meets the x-axis. */
    public record Step(double x, double fx, double slope, double next) {
    }

    public static List<Step> iterate(Formula formula, double start, int maxSteps, double tolerance) {
        if (formula.variables().size() != 1) {
            throw new deepmath.core.BadInputException(CalculusProblem.ONE_VARIABLE);
        }
        CompiledFunction f = formula.compile();
        double[] point = {start};
        double[] gradient = new double[1];
        List<Step> steps = new ArrayList<>();
        for (int k = 0; k < maxSteps; k++) {
            double fx = f.gradient(point, gradient);
            double slope = gradient[0];
            if (slope == 0 || !Double.isFinite(fx) || !Double.isFinite(slope)) {
                break;
            }
            double next = point[0] - fx / slope;
            steps.add(new Step(point[0], fx, slope, next));
            if (Math.abs(next - point[0]) <= tolerance * Math.max(1, Math.abs(next))) {
                break;
            }
            point[0] = next;
        }
        return steps;
    }
}
