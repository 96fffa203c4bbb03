package deepmath.expr;

import deepmath.expr.Expr.Binary;
import deepmath.expr.Expr.Call;
import deepmath.expr.Expr.Constant;
import deepmath.expr.Expr.Negate;
import deepmath.expr.Expr.Variable;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Walks over formula trees without recursion. A flat sum of n terms is a tree n deep (the parser builds
 * (((a + b) + c) + d)…), so every pass that visits a whole tree (graph building, substitution, Hessians,
 * equality, hashing, printing) goes through here, whatever the length of the formula.
 */
final class ExprTrees {
    private ExprTrees() {
    }

    /** What one node computes from its children's results (in order). */
    interface Step<R> {
        R apply(Expr node, List<R> children);
    }

    static List<Expr> children(Expr expr) {
        if (expr instanceof Negate n) {
            return List.of(n.argument());
        }
        if (expr instanceof Binary b) {
            return List.of(b.left(), b.right());
        }
        if (expr instanceof Call c) {
            return c.arguments();
        }
        return List.of();
    }

    /** Bottom-up: every child before its parent, left to right (the order a recursive pass would take). */
    static <R> R bottomUp(Expr root, Step<R> step) {
        ArrayDeque<Expr> nodes = new ArrayDeque<>();
        int[] next = new int[16];
        List<R> results = new ArrayList<>();
        nodes.push(root);
        int depth = 1;
        while (depth > 0) {
            Expr node = nodes.peek();
            List<Expr> children = children(node);
            int k = next[depth - 1];
            if (k < children.size()) {
                next[depth - 1] = k + 1;
                if (depth == next.length) {
                    next = Arrays.copyOf(next, depth * 2);
                }
                next[depth++] = 0;
                nodes.push(children.get(k));
            } else {
                nodes.pop();
                depth--;
                int from = results.size() - children.size();
                List<R> inputs = new ArrayList<>(results.subList(from, results.size()));
                results.subList(from, results.size()).clear();
                results.add(step.apply(node, inputs));
            }
        }
        return results.get(0);
    }

    /** Structural equality, as records compare, node by node. */
    static boolean equal(Expr a, Object other) {
        if (!(other instanceof Expr b)) {
            return false;
        }
        ArrayDeque<Expr[]> pending = new ArrayDeque<>();
        pending.push(new Expr[] {a, b});
        while (!pending.isEmpty()) {
            Expr[] pair = pending.pop();
            Expr x = pair[0];
            Expr y = pair[1];
            if (x == y) {
                continue;
            }
            if (x.getClass() != y.getClass() || !sameLabel(x, y)) {
                return false;
            }
            List<Expr> xs = children(x);
            List<Expr> ys = children(y);
            for (int k = 0; k < xs.size(); k++) {
                pending.push(new Expr[] {xs.get(k), ys.get(k)});
            }
        }
        return true;
    }

    /** What a node is apart from its children. */
    private static boolean sameLabel(Expr x, Expr y) {
        if (x instanceof Binary b) {
            return b.operator() == ((Binary) y).operator();
        }
        if (x instanceof Call c) {
            return c.function() == ((Call) y).function();
        }
        return !(x instanceof Constant || x instanceof Variable) || x.equals(y);
    }

    static int hash(Expr root) {
        return bottomUp(root, (node, children) -> {
            int h = node.getClass().hashCode() * 31 + labelHash(node);
            for (int c : children) {
                h = h * 31 + c;
            }
            return h;
        });
    }

    private static int labelHash(Expr node) {
        if (node instanceof Binary b) {
            return b.operator().hashCode();
        }
        if (node instanceof Call c) {
            return c.function().hashCode();
        }
        return node instanceof Negate ? 0 : node.hashCode();
    }

    /** The tree written back in infix with every operation in parentheses: (x + (2 * y)). */
    static String text(Expr root) {
        StringBuilder out = new StringBuilder();
        ArrayDeque<Object> pending = new ArrayDeque<>();
        pending.push(root);
        while (!pending.isEmpty()) {
            Object item = pending.pop();
            if (item instanceof String s) {
                out.append(s);
            } else if (item instanceof Constant c) {
                String number = c.symbol() != null ? c.symbol() : Numbers.format(c.value());
                // (-2) ^ x, not -2 ^ x, which reads back as -(2 ^ x)
                out.append(c.symbol() == null && number.startsWith("-") ? "(" + number + ")" : number);
            } else if (item instanceof Variable v) {
                out.append(v.name());
            } else if (item instanceof Negate n) {
                pending.push(")");
                pending.push(n.argument());
                pending.push("(-");
            } else if (item instanceof Binary b) {
                pending.push(")");
                pending.push(b.right());
                pending.push(" " + b.operator().symbol() + " ");
                pending.push(b.left());
                pending.push("(");
            } else {
                Call c = (Call) item;
                pending.push(")");
                for (int k = c.arguments().size() - 1; k >= 0; k--) {
                    pending.push(c.arguments().get(k));
                    if (k > 0) {
                        pending.push(", ");
                    }
                }
                pending.push(c.function().symbol() + "(");
            }
        }
        return out.toString();
    }
}
