package deepmath.expr;

import deepmath.expr.Expr.Binary;
import deepmath.expr.Expr.Call;
import deepmath.expr.Expr.Constant;
import deepmath.expr.Expr.Negate;
import deepmath.expr.Expr.Variable;
import java.util.List;

/**
 * Second-order forward mode: numbers a + b·ε₁ + c·ε₂ + d·ε₁ε₂ with ε₁² = ε₂² = 0. Seeding x_i with ε₁ and
 * x_j with ε₂ and evaluating the formula gives f, ∂f/∂x_i, ∂f/∂x_j and ∂²f/∂x_i∂x_j exactly (no step size),
 * straight from the formula tree: an independent route from the graph's reverse mode.
 */
record HyperDual(double a, double b, double c, double d) {

    static HyperDual constant(double value) {
        return new HyperDual(value, 0, 0, 0);
    }

    /** Evaluates {@code expr} with variable {@code i} seeded by ε₁ and {@code j} by ε₂. */
    static HyperDual evaluate(Expr expr, List<String> variables, double[] point, int i, int j) {
        return ExprTrees.bottomUp(expr, (node, inputs) -> {
            if (node instanceof Constant constant) {
                return constant(constant.value());
            }
            if (node instanceof Variable variable) {
                int k = variables.indexOf(variable.name());
                return new HyperDual(point[k], k == i ? 1 : 0, k == j ? 1 : 0, 0);
            }
            if (node instanceof Negate) {
                return inputs.get(0).scale(-1);
            }
            if (node instanceof Binary binary) {
                HyperDual left = inputs.get(0);
                HyperDual right = inputs.get(1);
                switch (binary.operator()) {
                    case ADD: return left.plus(right);
                    case SUBTRACT: return left.plus(right.scale(-1));
                    case MULTIPLY: return left.times(right);
                    case DIVIDE: return left.times(right.reciprocal());
                    default: return left.power(right);
                }
            }
            HyperDual first = inputs.get(0);
            MathFunction f = ((Call) node).function();
            if (f.arity() == 1) {
                return first.apply(f.value(first.a), f.derivative(first.a), f.secondDerivative(first.a));
            }
            HyperDual second = inputs.get(1);
            return f.picksFirst(first.a, second.a) ? first : second;
        });
    }

    HyperDual plus(HyperDual o) {
        return new HyperDual(a + o.a, b + o.b, c + o.c, d + o.d);
    }

    HyperDual scale(double k) {
        return new HyperDual(k * a, k * b, k * c, k * d);
    }

    HyperDual times(HyperDual o) {
        return new HyperDual(a * o.a, a * o.b + b * o.a, a * o.c + c * o.a, a * o.d + b * o.c + c * o.b + d * o.a);
    }

    HyperDual reciprocal() {
        return apply(1 / a, -1 / (a * a), 2 / (a * a * a));
    }

    /** g(this) for a function g with g(a), g'(a), g''(a) given. */
    HyperDual apply(double g, double g1, double g2) {
        double second = g1 * d + (g2 == 0 ? 0 : g2 * b * c);
        return new HyperDual(g, g1 * b, g1 * c, second);
    }

    HyperDual power(HyperDual exponent) {
        boolean constantExponent = exponent.b == 0 && exponent.c == 0 && exponent.d == 0;
        if (constantExponent) {
            double n = exponent.a;
            if (n == 0) {
                return constant(1);
            }
            double g1 = n * Math.pow(a, n - 1);
            double g2 = n == 1 ? 0 : n * (n - 1) * Math.pow(a, n - 2);
            return apply(Math.pow(a, n), g1, g2);
        }
        HyperDual log = apply(Math.log(a), 1 / a, -1 / (a * a));
        HyperDual product = exponent.times(log);
        double e = Math.exp(product.a);
        return product.apply(e, e, e);
    }
}
