package deepmath.calculus;

import deepmath.calculus.CriticalPoint.Nature;
import deepmath.core.BadInputException;
import deepmath.expr.Derivatives;
import deepmath.expr.Formula;

/** Newton's method on the gradient: P ← P − H(P)⁻¹ ∇f(P), the Hessian H and ∇f by automatic differentiation. */
public final class CriticalPoints {
    private CriticalPoints() {
    }

    public static CriticalPoint newton(Formula formula, double[] start, int maxIterations, double tolerance) {
        double[] p = start.clone();
        int n = p.length;
        for (int k = 0; k < maxIterations; k++) {
            double[] gradient = Derivatives.reverseGradient(formula, p);
            if (norm(gradient) < tolerance) {
                return result(formula, p, k, true);
            }
            double[][] hessian = Derivatives.hessian(formula, p);
            double[] step = LinearSolve.solve(hessian, gradient);
            if (step == null) {
                return result(formula, p, k, false);
            }
            for (int i = 0; i < n; i++) {
                p[i] -= step[i];
            }
            if (!allFinite(p)) {
                throw new BadInputException(CalculusProblem.DIVERGED);
            }
        }
        return result(formula, p, maxIterations, norm(Derivatives.reverseGradient(formula, p)) < tolerance);
    }

    private static CriticalPoint result(Formula formula, double[] p, int iterations, boolean converged) {
        Derivatives d = Derivatives.at(formula, p);
        return new CriticalPoint(p, d.value(), d.gradient(), d.hessian(), iterations, converged, nature(d.hessian()));
    }

    /** Second-derivative test; for n variables, by the signs of the leading principal minors (n ≤ 2 here). */
    static Nature nature(double[][] h) {
        if (h.length == 1) {
            return h[0][0] > 0 ? Nature.MINIMUM : h[0][0] < 0 ? Nature.MAXIMUM : Nature.UNDECIDED;
        }
        if (h.length == 2) {
            double det = h[0][0] * h[1][1] - h[0][1] * h[1][0];
            if (det > 0) {
                return h[0][0] > 0 ? Nature.MINIMUM : Nature.MAXIMUM;
            }
            return det < 0 ? Nature.SADDLE : Nature.UNDECIDED;
        }
        return Nature.UNDECIDED;
    }

    static double norm(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x * x;
        }
        return Math.sqrt(s);
    }

    private static boolean allFinite(double[] v) {
        for (double x : v) {
            if (!Double.isFinite(x)) {
                return false;
            }
        }
        return true;
    }
}
