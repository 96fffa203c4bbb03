package deepmath.expr;

import java.util.List;
import java.util.Map;

/**
 * A formula as the user typed it and as parsed: the text, the tree and its variable names in alphabetical
 * order (the order of gradients and Hessians everywhere in the lab).
 */
public record Formula(String text, Expr root, List<String> variables) {
    /** The longest formula read, in characters: a sum of thousands of terms fits. */
    public static final int MAX_LENGTH = 100_000;
    /**
     * The deepest nesting read: parentheses, function calls, signs and powers inside one another. No formula
     * of the book comes near; the limit keeps the parser's recursion far from the thread's stack size.
     */
    public static final int MAX_NESTING = 200;

    public Formula {
        variables = List.copyOf(variables);
    }

    /** Parses {@code text}; throws {@link ParseException} with the column and what was expected. */
    public static Formula parse(String text) {
        Expr root = Parser.parse(text);
        return new Formula(text, root, List.copyOf(root.variableNames()));
    }

    /** The formula's value at a point given by name (every variable must be given). */
    public double valueAt(Map<String, Double> point) {
        return compile().value(point(point));
    }

    /** The formula flattened into its computational graph (shared sub-formulas become one node). */
    public ComputationGraph graph() {
        return ComputationGraph.of(root, variables);
    }

    /** A fast evaluator for many points: value and reverse-mode gradient without allocation. */
    public CompiledFunction compile() {
        return new CompiledFunction(graph());
    }

    /** Orders a by-name point as this formula's variable array; a missing variable is an input error. */
    public double[] point(Map<String, Double> byName) {
        double[] values = new double[variables.size()];
        for (int i = 0; i < values.length; i++) {
            Double value = byName.get(variables.get(i));
            if (value == null) {
                throw new deepmath.core.BadInputException(FormulaProblem.NO_VALUE_OF, variables.get(i), text);
            }
            values[i] = value;
        }
        return values;
    }

    /**
     * The same formula with some variables fixed to values (slider parameters), so that what remains is a
     * function of the plotted variables only.
     */
    public Formula withValues(Map<String, Double> values) {
        Expr bound = Substitution.apply(root, values);
        return new Formula(text, bound, List.copyOf(bound.variableNames()));
    }

    @Override
    public String toString() {
        return text;
    }
}
