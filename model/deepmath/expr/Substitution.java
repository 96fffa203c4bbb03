package deepmath.expr;

import deepmath.expr.Expr.Binary;
import deepmath.expr.Expr.Call;
import deepmath.expr.Expr.Constant;
import deepmath.expr.Expr.Negate;
import deepmath.expr.Expr.Variable;
import java.util.Map;

/** Replaces named variables by numbers in a formula tree. */
final class Substitution {
    private Substitution() {
    }

    static Expr apply(Expr expr, Map<String, Double> values) {
        return ExprTrees.bottomUp(expr, (node, children) -> {
            if (node instanceof Variable v) {
                Double value = values.get(v.name());
                return value == null ? v : new Constant(value, v.name());
            }
            if (node instanceof Negate) {
                return new Negate(children.get(0));
            }
            if (node instanceof Binary b) {
                return new Binary(b.operator(), children.get(0), children.get(1));
            }
            if (node instanceof Call c) {
                return new Call(c.function(), children);
            }
            return node;
        });
    }
}
