package deepmath.expr;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A parsed formula as a tree. Records compare structurally, so equal sub-formulas are equal objects
 * (the computational graph merges them into one node).
 */
public sealed interface Expr {

    /** A number written in the formula, or a named constant ({@code pi}, {@code e}) when symbol is set. */
    record Constant(double value, String symbol) implements Expr {
        public static Constant of(double value) {
            return new Constant(value, null);
        }

        @Override
        public String toString() {
            return ExprTrees.text(this);
        }
    }

    /** A name the user gives a value to: a plotted variable (x, y) or a slider parameter (a, b...). */
    record Variable(String name) implements Expr {
        @Override
        public String toString() {
            return name;
        }
    }

    // Negate, Binary and Call compare, hash and print without recursion: a long flat sum is a deep tree.
    record Negate(Expr argument) implements Expr {
        @Override
        public boolean equals(Object other) {
            return ExprTrees.equal(this, other);
        }

        @Override
        public int hashCode() {
            return ExprTrees.hash(this);
        }

        @Override
        public String toString() {
            return ExprTrees.text(this);
        }
    }

    record Binary(BinaryOperator operator, Expr left, Expr right) implements Expr {
        @Override
        public boolean equals(Object other) {
            return ExprTrees.equal(this, other);
        }

        @Override
        public int hashCode() {
            return ExprTrees.hash(this);
        }

        @Override
        public String toString() {
            return ExprTrees.text(this);
        }
    }

    record Call(MathFunction function, List<Expr> arguments) implements Expr {
        public Call {
            arguments = List.copyOf(arguments);
            if (arguments.size() != function.arity()) {
                throw new IllegalArgumentException(function.symbol() + " takes " + function.arity() + " arguments");
            }
        }

        @Override
        public boolean equals(Object other) {
            return ExprTrees.equal(this, other);
        }

        @Override
        public int hashCode() {
            return ExprTrees.hash(this);
        }

        @Override
        public String toString() {
            return ExprTrees.text(this);
        }

    }

    enum BinaryOperator {
        ADD("+"), SUBTRACT("-"), MULTIPLY("*"), DIVIDE("/"), POWER("^");

        private final String symbol;

        BinaryOperator(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }
    }

    /** The variable names this formula uses, in alphabetical order. */
    default Set<String> variableNames() {
        Set<String> names = new TreeSet<>();
        java.util.ArrayDeque<Expr> pending = new java.util.ArrayDeque<>(List.of(this));
        while (!pending.isEmpty()) {
            Expr expr = pending.pop();
            if (expr instanceof Variable v) {
                names.add(v.name());
            }
            ExprTrees.children(expr).forEach(pending::push);
        }
        return names;
    }
}
