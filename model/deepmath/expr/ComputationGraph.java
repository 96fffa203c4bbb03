package deepmath.expr;

import deepmath.core.BadInputException;
import deepmath.expr.Expr.Binary;
import deepmath.expr.Expr.Call;
import deepmath.expr.Expr.Constant;
import deepmath.expr.Expr.Negate;
import deepmath.expr.Expr.Variable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A formula as the book draws it for automatic differentiation: nodes in evaluation order (inputs before the
 * nodes that use them), each an elementary operation. Equal sub-formulas share one node, so x·y in
 * sin(x·y) + x·y is computed once and receives both contributions to its derivative.
 * <p>
 * Values flow forward along the edges; derivatives flow forward (tangent mode, one variable at a time) or
 * backward (adjoint mode, all variables at once) using the same local partial derivative of each edge.
 */
public final class ComputationGraph {

    public enum Kind { CONSTANT, VARIABLE, NEGATE, ADD, SUBTRACT, MULTIPLY, DIVIDE, POWER, FUNCTION }

    /**
     * One operation. {@code inputs} are node indices; {@code variable} is the index in the formula's
     * variable list (VARIABLE only); {@code constant} the value (CONSTANT only).
     */
    public record Node(int index, Kind kind, String label, List<Integer> inputs, double constant, int variable,
                       MathFunction function) {
        public Node {
            inputs = List.copyOf(inputs);
        }

        public int input(int slot) {
            return inputs.get(slot);
        }
    }

    private final List<Node> nodes;
    private final List<String> variables;
    private final boolean[] variesWithInput;
    // Flattened copies of the node table: evaluation runs millions of times per second in the descent lab.
    private final Kind[] kinds;
    private final int[] first;
    private final int[] second;
    private final double[] constants;
    private final int[] variableOf;
    private final MathFunction[] functions;

    private ComputationGraph(List<Node> nodes, List<String> variables) {
        this.nodes = Collections.unmodifiableList(nodes);
        this.variables = List.copyOf(variables);
        int n = nodes.size();
        kinds = new Kind[n];
        first = new int[n];
        second = new int[n];
        constants = new double[n];
        variableOf = new int[n];
        functions = new MathFunction[n];
        variesWithInput = new boolean[n];
        for (Node node : nodes) {
            int i = node.index();
            kinds[i] = node.kind();
            first[i] = node.inputs().isEmpty() ? -1 : node.input(0);
            second[i] = node.inputs().size() < 2 ? -1 : node.input(1);
            constants[i] = node.constant();
            variableOf[i] = node.variable();
            functions[i] = node.function();
            variesWithInput[i] = node.kind() == Kind.VARIABLE
                    || node.inputs().stream().anyMatch(input -> variesWithInput[input]);
        }
    }

    static ComputationGraph of(Expr root, List<String> variables) {
        Builder builder = new Builder(variables);
        builder.add(root);
        return new ComputationGraph(builder.nodes, variables);
    }

    public List<Node> nodes() {
        return nodes;
    }

    public List<String> variables() {
        return variables;
    }

    public int size() {
        return nodes.size();
    }

    /** The last node is the formula's value. */
    public int output() {
        return nodes.size() - 1;
    }

    /** Whether a node's value depends on some variable (derivatives only flow through those). */
    public boolean varies(int node) {
        return variesWithInput[node];
    }

    /** Forward pass: fills {@code values} (one per node) and returns the output value. */
    public double forward(double[] point, double[] values) {
        for (int i = 0; i < kinds.length; i++) {
            values[i] = evaluate(i, point, values);
        }
        return values[kinds.length - 1];
    }

    private double evaluate(int i, double[] point, double[] values) {
        switch (kinds[i]) {
            case CONSTANT: return constants[i];
            case VARIABLE: return point[variableOf[i]];
            default: return apply(kinds[i], functions[i], values[first[i]], second[i] >= 0 ? values[second[i]] : Double.NaN);
        }
    }

    /**
     * One operation on its inputs' values ({@code b} unused by one-input operations): the arithmetic every
     * evaluator of the graph shares, so a point and a grid of points get the same numbers.
     */
    static double apply(Kind kind, MathFunction function, double a, double b) {
        switch (kind) {
            case NEGATE: return -a;
            case ADD: return a + b;
            case SUBTRACT: return a - b;
            case MULTIPLY: return a * b;
            case DIVIDE: return a / b;
            // x² as one product: correctly rounded, and what the grid evaluator computes for it.
            case POWER: return b == 2 ? a * a : Math.pow(a, b);
            case FUNCTION: return function.arity() == 1 ? function.value(a) : function.value(a, b);
            default: throw new IllegalStateException(kind + " is no operation");
        }
    }

    /**
     * The local partial derivative of node {@code i} with respect to its input in {@code slot}, at the
     * values of a forward pass: the number written on the edge in the book's figures.
     */
    public double localPartial(int i, int slot, double[] values) {
        double a = values[first[i]];
        double b = second[i] >= 0 ? values[second[i]] : Double.NaN;
        switch (kinds[i]) {
            case NEGATE: return -1;
            case ADD: return 1;
            case SUBTRACT: return slot == 0 ? 1 : -1;
            case MULTIPLY: return slot == 0 ? b : a;
            case DIVIDE: return slot == 0 ? 1 / b : -a / (b * b);
            case POWER:
                if (slot == 0) {
                    return b == 0 ? 0 : b * Math.pow(a, b - 1);
                }
                return a == 0 ? 0 : values[i] * Math.log(a);
            case FUNCTION: {
                MathFunction f = functions[i];
                if (f.arity() == 1) {
                    return f.derivative(a);
                }
                boolean picksFirst = f.picksFirst(a, b);
                return (slot == 0) == picksFirst ? 1 : 0;
            }
            default: throw new IllegalStateException(kinds[i] + " has no inputs");
        }
    }

    /**
     * Reverse (adjoint) mode after {@link #forward}: fills {@code adjoints} with ∂output/∂node for every node
     * and {@code gradient} with ∂output/∂variable, in one backward sweep.
     */
    public void backward(double[] values, double[] adjoints, double[] gradient) {
        java.util.Arrays.fill(adjoints, 0);
        java.util.Arrays.fill(gradient, 0);
        adjoints[kinds.length - 1] = 1;
        for (int i = kinds.length - 1; i >= 0; i--) {
            double adjoint = adjoints[i];
            if (kinds[i] == Kind.VARIABLE) {
                gradient[variableOf[i]] += adjoint;
                continue;
            }
            if (adjoint == 0 || first[i] < 0) {
                continue;
            }
            if (variesWithInput[first[i]]) {
                adjoints[first[i]] += adjoint * localPartial(i, 0, values);
            }
            if (second[i] >= 0 && variesWithInput[second[i]]) {
                adjoints[second[i]] += adjoint * localPartial(i, 1, values);
            }
        }
    }

    /**
     * Forward (tangent) mode after {@link #forward}: fills {@code tangents} with ∂node/∂x_variable for every
     * node and returns the derivative of the output.
     */
    public double tangents(double[] values, int variable, double[] tangents) {
        for (int i = 0; i < kinds.length; i++) {
            double t = 0;
            if (kinds[i] == Kind.VARIABLE) {
                t = variableOf[i] == variable ? 1 : 0;
            } else if (first[i] >= 0) {
                if (variesWithInput[first[i]] && tangents[first[i]] != 0) {
                    t += localPartial(i, 0, values) * tangents[first[i]];
                }
                if (second[i] >= 0 && variesWithInput[second[i]] && tangents[second[i]] != 0) {
                    t += localPartial(i, 1, values) * tangents[second[i]];
                }
            }
            tangents[i] = t;
        }
        return tangents[kinds.length - 1];
    }

    /** Values, adjoints and the gradient at a point, for the graph view. */
    public GraphTrace trace(double[] point) {
        double[] values = new double[size()];
        double[] adjoints = new double[size()];
        double[] gradient = new double[variables.size()];
        forward(point, values);
        backward(values, adjoints, gradient);
        return new GraphTrace(this, point.clone(), values, adjoints, gradient);
    }

    /**
     * Builds the node table bottom-up (no recursion: a long flat sum is a deep tree). Equal sub-formulas are
     * found by their node's key (operation, label, input nodes): the inputs are already shared, so equal keys
     * mean equal sub-trees, without comparing trees.
     */
    private static final class Builder {
        private final List<Node> nodes = new ArrayList<>();
        private final Map<Key, Integer> seen = new HashMap<>();
        private final List<String> variables;

        private record Key(Kind kind, String label, long constantBits, int variable, MathFunction function,
                           List<Integer> inputs) {
        }

        Builder(List<String> variables) {
            this.variables = variables;
        }

        int add(Expr root) {
            return ExprTrees.bottomUp(root, (expr, inputs) -> {
                if (expr instanceof Constant c) {
                    return node(Kind.CONSTANT, c.symbol() != null ? c.symbol() : Numbers.format(c.value()),
                            List.of(), c.value(), -1, null);
                }
                if (expr instanceof Variable v) {
                    int variable = variables.indexOf(v.name());
                    if (variable < 0) {
                        throw new BadInputException(FormulaProblem.NOT_A_VARIABLE, v.name(), variables);
                    }
                    return node(Kind.VARIABLE, v.name(), List.of(), 0, variable, null);
                }
                if (expr instanceof Negate) {
                    return node(Kind.NEGATE, "−", inputs, 0, -1, null);
                }
                if (expr instanceof Binary b) {
                    return node(kindOf(b.operator()), b.operator().symbol(), inputs, 0, -1, null);
                }
                Call call = (Call) expr;
                return node(Kind.FUNCTION, call.function().symbol(), inputs, 0, -1, call.function());
            });
        }

        /** The existing node with this key, or a new one. */
        private int node(Kind kind, String label, List<Integer> inputs, double constant, int variable,
                         MathFunction function) {
            Key key = new Key(kind, label, Double.doubleToLongBits(constant), variable, function, List.copyOf(inputs));
            Integer known = seen.get(key);
            if (known != null) {
                return known;
            }
            int index = nodes.size();
            nodes.add(new Node(index, kind, label, inputs, constant, variable, function));
            seen.put(key, index);
            return index;
        }

        private static Kind kindOf(Expr.BinaryOperator operator) {
            switch (operator) {
                case ADD: return Kind.ADD;
                case SUBTRACT: return Kind.SUBTRACT;
                case MULTIPLY: return Kind.MULTIPLY;
                case DIVIDE: return Kind.DIVIDE;
                default: return Kind.POWER;
            }
        }
    }
}
