package deepmath.expr;

import deepmath.expr.Expr.Binary;
import deepmath.expr.Expr.Call;
import deepmath.expr.Expr.Constant;
import deepmath.expr.Expr.Negate;
import deepmath.expr.Expr.Variable;
import java.util.Map;
import java.util.stream.Collectors;

/** Replaces named variables by numbers in a formula tree. */
final class Substitution {
    private Substitution() {
    }

    static Expr apply(Expr expr, Map<String, Double> values) {
        if (expr instanceof Variable v) {
            Double value = values.get(v.name());
            return value == null ? v : new Constant(value, v.name());
        }
        if (expr instanceof Negate n) {
            return new Negate(apply(n.argument(), values));
        }
        if (expr instanceof Binary b) {
            return new Binary(b.operator(), apply(b.left(), values), apply(b.right(), values));
        }
        if (expr instanceof Call c) {
            return new Call(c.function(), c.arguments().stream().map(a -> apply(a, values)).collect(Collectors.toList()));
        }
        return (Constant) expr;
    }
}
