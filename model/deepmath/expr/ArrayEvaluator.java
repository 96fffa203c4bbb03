package deepmath.expr;

import deepmath.core.BadInputException;
import deepmath.core.Gelu;
import deepmath.expr.ComputationGraph.Kind;
import deepmath.expr.ComputationGraph.Node;
import java.util.Map;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Erf;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Vectorised evaluation of a computational graph on ND4J: every node is one array operation over all the
 * points at once (a whole grid per pass), never a loop per point. The labs' grids no longer go this way
 * ({@link BlockEvaluator} took 1.3–1.8 ms against this path's 34–60 ms median on a 400² grid in the same minute,
 * docs/benchmarks.md, and needs no native engine); it stays for formulas over arrays that
 * live in ND4J already, and as the anchor of {@code bench eval-grid-400 --param path=nd4j}. Nodes that do not depend on the arrays
 * (constants, slider parameters) stay plain doubles, so {@code a*x^2} costs one scalar product and two
 * array operations.
 */
public final class ArrayEvaluator {
    private static final double SQRT_HALF = Math.sqrt(0.5);

    private ArrayEvaluator() {
    }

    /**
     * Evaluates the graph where each variable is either an array (all of the same length) or a scalar.
     * Returns an array of that length (a constant formula is broadcast).
     */
    public static INDArray evaluate(ComputationGraph graph, Map<String, INDArray> arrays, Map<String, Double> scalars) {
        long length = arrays.values().stream().findFirst().map(INDArray::length)
                .orElseThrow(() -> new IllegalArgumentException("no array variable"));
        DataType type = arrays.values().iterator().next().dataType();
        Object[] values = new Object[graph.size()];
        int[] lastUse = lastUses(graph);
        for (Node node : graph.nodes()) {
            values[node.index()] = evaluate(graph, node, values, arrays, scalars);
            // A long formula has thousands of nodes: keep only the arrays still to be read, not one per node.
            for (int input : node.inputs()) {
                if (lastUse[input] == node.index()) {
                    values[input] = null;
                }
            }
        }
        Object out = values[graph.output()];
        if (out instanceof INDArray array) {
            return array;
        }
        return Nd4j.valueArrayOf(new long[] {length}, (Double) out, type);
    }

    /** For each node, the last node that reads it. */
    private static int[] lastUses(ComputationGraph graph) {
        int[] last = new int[graph.size()];
        for (Node node : graph.nodes()) {
            for (int input : node.inputs()) {
                last[input] = node.index();
            }
        }
        return last;
    }

    private static Object evaluate(ComputationGraph graph, Node node, Object[] values, Map<String, INDArray> arrays,
                                   Map<String, Double> scalars) {
        if (node.kind() == Kind.CONSTANT) {
            return node.constant();
        }
        if (node.kind() == Kind.VARIABLE) {
            String name = graph.variables().get(node.variable());
            INDArray array = arrays.get(name);
            if (array != null) {
                return array;
            }
            Double scalar = scalars.get(name);
            if (scalar == null) {
                throw new BadInputException(FormulaProblem.NO_VALUE, name);
            }
            return scalar;
        }
        Object a = values[node.input(0)];
        Object b = node.inputs().size() > 1 ? values[node.input(1)] : null;
        if (a instanceof Double && (b == null || b instanceof Double)) {
            return scalar(node, (Double) a, (Double) b);
        }
        switch (node.kind()) {
            case NEGATE: return ((INDArray) a).neg();
            case ADD: return add(a, b);
            case SUBTRACT: return subtract(a, b);
            case MULTIPLY: return multiply(a, b);
            case DIVIDE: return divide(a, b);
            case POWER: return power(a, b);
            default: return function(node.function(), a, b);
        }
    }

    private static double scalar(Node node, Double a, Double b) {
        switch (node.kind()) {
            case NEGATE: return -a;
            case ADD: return a + b;
            case SUBTRACT: return a - b;
            case MULTIPLY: return a * b;
            case DIVIDE: return a / b;
            case POWER: return Math.pow(a, b);
            default: return node.function().arity() == 1 ? node.function().value(a) : node.function().value(a, b);
        }
    }

    private static INDArray subtract(Object a, Object b) {
        if (a instanceof Double s) {
            return ((INDArray) b).rsub(s);
        }
        return b instanceof Double s ? ((INDArray) a).sub(s) : ((INDArray) a).sub((INDArray) b);
    }

    private static INDArray add(Object a, Object b) {
        if (a instanceof Double s) {
            return ((INDArray) b).add(s);
        }
        return b instanceof Double s ? ((INDArray) a).add(s) : ((INDArray) a).add((INDArray) b);
    }

    private static INDArray multiply(Object a, Object b) {
        if (a instanceof Double s) {
            return ((INDArray) b).mul(s);
        }
        return b instanceof Double s ? ((INDArray) a).mul(s) : ((INDArray) a).mul((INDArray) b);
    }

    private static INDArray divide(Object a, Object b) {
        if (a instanceof Double s) {
            return ((INDArray) b).rdiv(s);
        }
        return b instanceof Double s ? ((INDArray) a).div(s) : ((INDArray) a).div((INDArray) b);
    }

    private static INDArray power(Object a, Object b) {
        if (b instanceof Double n) {
            INDArray base = (INDArray) a;
            if (n == 2) {
                return base.mul(base);
            }
            if (n == 1) {
                return base.dup();
            }
            return Transforms.pow(base, n, true);
        }
        INDArray exponent = (INDArray) b;
        INDArray base = a instanceof Double s ? Nd4j.valueArrayOf(exponent.shape(), s, exponent.dataType()) : (INDArray) a;
        return Transforms.pow(base, exponent, true);
    }

    private static INDArray function(MathFunction f, Object a, Object b) {
        if (f.arity() == 2) {
            if (a instanceof Double s) {
                return f == MathFunction.MIN ? Transforms.min((INDArray) b, s, true) : Transforms.max((INDArray) b, s, true);
            }
            if (b instanceof Double s) {
                return f == MathFunction.MIN ? Transforms.min((INDArray) a, s, true) : Transforms.max((INDArray) a, s, true);
            }
            return f == MathFunction.MIN ? Transforms.min((INDArray) a, (INDArray) b, true)
                    : Transforms.max((INDArray) a, (INDArray) b, true);
        }
        INDArray x = (INDArray) a;
        switch (f) {
            case SIN: return Transforms.sin(x, true);
            case COS: return Transforms.cos(x, true);
            case TAN: return Transforms.sin(x, true).divi(Transforms.cos(x, true));
            case EXP: return Transforms.exp(x, true);
            case LN: case LOG: return Transforms.log(x, true);
            case SQRT: return Transforms.sqrt(x, true);
            case ABS: return Transforms.abs(x, true);
            case TANH: return Transforms.tanh(x, true);
            case SIGMOID: return Transforms.sigmoid(x, true);
            case RELU: return Transforms.relu(x, true);
            case HEAVISIDE: return x.gte(0).castTo(x.dataType());
            case ERF: return erf(x);
            case GELU: return gelu(x);
            case GELU_TANH: {
                // (x/2)(1 + tanh(√(2/π)(x + 0.044715x³))), written out as deepmath.core.Gelu#tanhForm.
                INDArray u = x.mul(x).muli(Gelu.CUBIC).addi(1).muli(x).muli(Gelu.SQRT_2_OVER_PI);
                return Transforms.tanh(u, false).addi(1).muli(x).muli(0.5);
            }
            case GELU_SIGMOID: return Transforms.sigmoid(x.mul(Gelu.SIGMOID_FACTOR), false).muli(x);
            default: throw new IllegalStateException(f.symbol());
        }
    }

    /**
     * The exact GELU x·Φ(x) = ½x(1 + erf(x/√2)) of every entry, as a new array ({@link deepmath.core.Gelu#exact}
     * on ND4J; ND4J's own gelu ops are the σ(1.702x) and tanh approximations).
     */
    public static INDArray gelu(INDArray x) {
        return erf(x.mul(SQRT_HALF)).addi(1).muli(x).muli(0.5);
    }

    private static INDArray erf(INDArray x) {
        INDArray out = x.ulike();
        Nd4j.exec(new Erf(x, out));
        return out;
    }
}
