package deepmath.calculus;

import deepmath.expr.CompiledFunction;
import deepmath.expr.Derivatives;
import deepmath.expr.Formula;
import java.util.List;

/**
 * A formula seen as a function of the plane f(u, v), u and v being two of its variable names (it may use
 * only one of them, like the gutter x²; every other name must already be fixed). Value and gradient are
 * compiled (fast); one instance per thread.
 */
public final class PlaneFunction implements PlaneField {
    private final Formula formula;
    private final CompiledFunction compiled;
    private final int[] slotOfAxis;
    private final double[] point;
    private final double[] gradient;

    public PlaneFunction(Formula formula, String u, String v) {
        List<String> names = formula.variables();
        for (String name : names) {
            if (!name.equals(u) && !name.equals(v)) {
                throw new IllegalArgumentException(name + " is neither " + u + " nor " + v);
            }
        }
        this.formula = formula;
        this.compiled = formula.compile();
        this.slotOfAxis = new int[] {names.indexOf(u), names.indexOf(v)};
        this.point = new double[names.size()];
        this.gradient = new double[names.size()];
    }

    public Formula formula() {
        return formula;
    }

    public double value(double u, double v) {
        load(u, v);
        return compiled.value(point);
    }

    /** {∂f/∂u, ∂f/∂v, f} at (u, v), by reverse-mode automatic differentiation. */
    public double[] gradientAndValue(double u, double v) {
        load(u, v);
        double value = compiled.gradient(point, gradient);
        return new double[] {slotOfAxis[0] < 0 ? 0 : gradient[slotOfAxis[0]],
            slotOfAxis[1] < 0 ? 0 : gradient[slotOfAxis[1]], value};
    }

    /** Writes ∇f(u, v) into out[0..1] and returns f(u, v); no allocation (descent loops). */
    public double gradient(double u, double v, double[] out) {
        load(u, v);
        double value = compiled.gradient(point, gradient);
        out[0] = slotOfAxis[0] < 0 ? 0 : gradient[slotOfAxis[0]];
        out[1] = slotOfAxis[1] < 0 ? 0 : gradient[slotOfAxis[1]];
        return value;
    }

    /** The 2×2 Hessian in (u, v) order. */
    public double[][] hessian(double u, double v) {
        load(u, v);
        double[][] h = Derivatives.hessian(formula, point);
        double[][] out = new double[2][2];
        for (int a = 0; a < 2; a++) {
            for (int b = 0; b < 2; b++) {
                out[a][b] = slotOfAxis[a] < 0 || slotOfAxis[b] < 0 ? 0 : h[slotOfAxis[a]][slotOfAxis[b]];
            }
        }
        return out;
    }

    /** The point array in the formula's own variable order. */
    public double[] formulaPoint(double u, double v) {
        load(u, v);
        return point.clone();
    }

    private void load(double u, double v) {
        if (slotOfAxis[0] >= 0) {
            point[slotOfAxis[0]] = u;
        }
        if (slotOfAxis[1] >= 0) {
            point[slotOfAxis[1]] = v;
        }
    }
}
