package deepmath.expr;

import deepmath.core.BadInputException;
import deepmath.expr.ComputationGraph.Kind;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A computational graph laid out for evaluation over blocks of points ({@link BlockEvaluator}): every node that
 * depends on a plotted variable becomes one pass over a buffer ("slot") of a block's values; every other node
 * (constants, slider parameters and what is made of them only) is folded into one number beforehand, spread over
 * a buffer only where a per-point pass reads it. A slot is
 * handed to a later node as soon as its last reader has run, so a formula of thousands of nodes needs only as
 * many buffers as it keeps values alive at once, and a few blocks of them stay in the processor's cache.
 */
final class BlockPlan {
    /**
     * One pass over a block: {@code out[k] = op(in[a][k], in[b][k])}, the coordinates of variable {@code variable}
     * (VARIABLE) or {@code value} everywhere (CONSTANT).
     */
    record Step(Kind kind, MathFunction function, int out, int a, int b, int variable, boolean square, double value) {
    }

    private final Step[] steps;
    private final int slots;
    private final int outputSlot;
    private final double outputValue;

    private BlockPlan(Step[] steps, int slots, int outputSlot, double outputValue) {
        this.steps = steps;
        this.slots = slots;
        this.outputSlot = outputSlot;
        this.outputValue = outputValue;
    }

    /**
     * Lays out {@code graph} where the variables whose index is in {@code arrays} take a value per point and every
     * other one its value in {@code scalars} (a missing value is an input error).
     */
    static BlockPlan of(ComputationGraph graph, boolean[] arrays, Map<String, Double> scalars) {
        int n = graph.size();
        Kind[] kinds = new Kind[n];
        boolean[] perPoint = new boolean[n];
        double[] value = new double[n];
        int[] lastUse = new int[n];
        Arrays.fill(lastUse, -1);
        for (ComputationGraph.Node node : graph.nodes()) {
            int i = node.index();
            kinds[i] = node.kind();
            if (node.kind() == Kind.VARIABLE) {
                perPoint[i] = arrays[node.variable()];
                if (!perPoint[i]) {
                    String name = graph.variables().get(node.variable());
                    Double scalar = scalars.get(name);
                    if (scalar == null) {
                        throw new BadInputException(FormulaProblem.NO_VALUE, name);
                    }
                    value[i] = scalar;
                }
            } else if (node.kind() == Kind.CONSTANT) {
                value[i] = node.constant();
            } else {
                perPoint[i] = node.inputs().stream().anyMatch(input -> perPoint[input]);
                if (!perPoint[i]) {
                    value[i] = ComputationGraph.apply(node.kind(), node.function(), value[node.input(0)],
                            node.inputs().size() > 1 ? value[node.input(1)] : Double.NaN);
                }
            }
            if (perPoint[i]) {
                List<Integer> read = squares(node, perPoint, value) ? node.inputs().subList(0, 1) : node.inputs();
                read.forEach(input -> lastUse[input] = i);
            }
        }
        int output = graph.output();
        if (!perPoint[output]) {
            return new BlockPlan(new Step[0], 0, -1, value[output]);
        }

        int[] slotOf = new int[n];
        Arrays.fill(slotOf, -1);
        ArrayDeque<Integer> free = new ArrayDeque<>();
        int slots = 0;
        Step[] steps = new Step[2 * n];
        int count = 0;
        for (ComputationGraph.Node node : graph.nodes()) {
            int i = node.index();
            if (!perPoint[i]) {
                continue;
            }
            boolean square = squares(node, perPoint, value);
            List<Integer> inputs = square ? node.inputs().subList(0, 1) : node.inputs();
            // A number read per point is spread over a buffer just before its first reader, freed after its last.
            for (int input : inputs) {
                if (!perPoint[input] && slotOf[input] < 0) {
                    slotOf[input] = free.isEmpty() ? slots++ : free.pop();
                    steps[count++] = new Step(Kind.CONSTANT, null, slotOf[input], -1, -1, -1, false, value[input]);
                }
            }
            int a = node.inputs().isEmpty() ? -1 : slotOf[node.input(0)];
            int b = node.inputs().size() < 2 || square ? -1 : slotOf[node.input(1)];
            // An element-wise pass may write over an input it reads for the last time (same index, read first).
            for (int input : inputs) {
                if (lastUse[input] == i && !free.contains(slotOf[input])) {
                    free.push(slotOf[input]);
                }
            }
            int out = free.isEmpty() ? slots++ : free.pop();
            slotOf[i] = out;
            steps[count++] = new Step(kinds[i], node.function(), out, a, b, node.variable(), square, Double.NaN);
        }
        return new BlockPlan(Arrays.copyOf(steps, count), slots, slotOf[output], Double.NaN);
    }

    /** x^2 with a fixed exponent 2: one product per point, the exponent never spread over a buffer. */
    private static boolean squares(ComputationGraph.Node node, boolean[] perPoint, double[] value) {
        return node.kind() == Kind.POWER && !perPoint[node.input(1)] && value[node.input(1)] == 2;
    }

    Step[] steps() {
        return steps;
    }

    int slots() {
        return slots;
    }

    /** Whether the formula is one number on the whole grid ({@link #outputValue()}). */
    boolean isConstant() {
        return outputSlot < 0;
    }

    int outputSlot() {
        return outputSlot;
    }

    double outputValue() {
        return outputValue;
    }
}
