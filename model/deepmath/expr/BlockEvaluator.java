package deepmath.expr;

import deepmath.expr.BlockPlan.Step;
import java.util.Map;
import java.util.concurrent.ForkJoinTask;

/**
 * A formula on many points in plain double arrays: the points go in blocks of {@value #BLOCK}, and each node of
 * the graph is one tight loop over a block (which the JIT compiles to vector instructions where it can), so the
 * buffers of a block stay in the cache and nothing is allocated per node or per block. Large sets of points are
 * split in two bands evaluated at the same time (the caller runs one, the common pool the other, or the caller
 * both when the pool is busy). Every operation is {@link ComputationGraph#apply}'s, in double precision: the
 * values are those of the point-by-point evaluation, to the last bit.
 */
public final class BlockEvaluator {
    /** Points per pass: a dozen buffers of 1024 doubles fit in a core's L2 cache. */
    static final int BLOCK = 1024;
    /** Below this many points one thread is quicker than handing half of them to another. */
    private static final int PARALLEL_FROM = 16 * BLOCK;

    /** Writes the coordinates of the per-point variable {@code variable} of points [start, start + count). */
    public interface Points {
        int size();

        void fill(int variable, int start, int count, double[] into);
    }

    /** Receives the values of points [start, start + count) (the array is reused: copy what is kept). */
    public interface Sink {
        void accept(int start, int count, double[] values);
    }

    private BlockEvaluator() {
    }

    /**
     * Evaluates {@code graph} on every point: the variables named in {@code perPoint} take the points' coordinates,
     * every other one its value in {@code scalars} (a missing one is an input error).
     */
    public static void evaluate(ComputationGraph graph, java.util.Set<String> perPoint, Map<String, Double> scalars,
                                Points points, Sink sink) {
        boolean[] arrays = new boolean[graph.variables().size()];
        for (int v = 0; v < arrays.length; v++) {
            arrays[v] = perPoint.contains(graph.variables().get(v));
        }
        BlockPlan plan = BlockPlan.of(graph, arrays, scalars);
        int size = points.size();
        if (size < PARALLEL_FROM) {
            band(plan, points, sink, 0, size);
            return;
        }
        int half = size / 2;
        ForkJoinTask<?> second = ForkJoinTask.adapt(() -> band(plan, points, sink, half, size)).fork();
        try {
            band(plan, points, sink, 0, half);
        } finally {
            // Runs the band here if no worker has taken it yet; refusals are all found in the plan, before.
            second.join();
        }
    }

    /** Points [from, to) on this thread, with buffers of its own. */
    private static void band(BlockPlan plan, Points points, Sink sink, int from, int to) {
        double[][] slots = new double[Math.max(1, plan.slots())][BLOCK];
        if (plan.isConstant()) {
            java.util.Arrays.fill(slots[0], plan.outputValue());
            for (int start = from; start < to; start += BLOCK) {
                sink.accept(start, Math.min(BLOCK, to - start), slots[0]);
            }
            return;
        }
        Step[] steps = plan.steps();
        for (int start = from; start < to; start += BLOCK) {
            int count = Math.min(BLOCK, to - start);
            for (Step step : steps) {
                run(step, slots, points, start, count);
            }
            sink.accept(start, count, slots[plan.outputSlot()]);
        }
    }

    private static void run(Step step, double[][] slots, Points points, int start, int n) {
        double[] out = slots[step.out()];
        double[] a = step.a() >= 0 ? slots[step.a()] : null;
        double[] b = step.b() >= 0 ? slots[step.b()] : null;
        switch (step.kind()) {
            case VARIABLE -> points.fill(step.variable(), start, n, out);
            case CONSTANT -> java.util.Arrays.fill(out, 0, n, step.value());
            case NEGATE -> {
                for (int k = 0; k < n; k++) {
                    out[k] = -a[k];
                }
            }
            case ADD -> {
                for (int k = 0; k < n; k++) {
                    out[k] = a[k] + b[k];
                }
            }
            case SUBTRACT -> {
                for (int k = 0; k < n; k++) {
                    out[k] = a[k] - b[k];
                }
            }
            case MULTIPLY -> {
                for (int k = 0; k < n; k++) {
                    out[k] = a[k] * b[k];
                }
            }
            case DIVIDE -> {
                for (int k = 0; k < n; k++) {
                    out[k] = a[k] / b[k];
                }
            }
            case POWER -> {
                if (step.square()) {
                    for (int k = 0; k < n; k++) {
                        out[k] = a[k] * a[k];
                    }
                } else {
                    for (int k = 0; k < n; k++) {
                        out[k] = ComputationGraph.apply(step.kind(), null, a[k], b[k]);
                    }
                }
            }
            default -> function(step.function(), out, a, b, n);
        }
    }

    /** The common functions get a loop of their own (one intrinsic per point); the rest go through the enum. */
    private static void function(MathFunction f, double[] out, double[] a, double[] b, int n) {
        switch (f) {
            case EXP -> {
                for (int k = 0; k < n; k++) {
                    out[k] = Math.exp(a[k]);
                }
            }
            case SIN -> {
                for (int k = 0; k < n; k++) {
                    out[k] = Math.sin(a[k]);
                }
            }
            case COS -> {
                for (int k = 0; k < n; k++) {
                    out[k] = Math.cos(a[k]);
                }
            }
            case LN, LOG -> {
                for (int k = 0; k < n; k++) {
                    out[k] = Math.log(a[k]);
                }
            }
            case SQRT -> {
                for (int k = 0; k < n; k++) {
                    out[k] = Math.sqrt(a[k]);
                }
            }
            case ABS -> {
                for (int k = 0; k < n; k++) {
                    out[k] = Math.abs(a[k]);
                }
            }
            default -> {
                if (f.arity() == 1) {
                    for (int k = 0; k < n; k++) {
                        out[k] = f.value(a[k]);
                    }
                } else {
                    for (int k = 0; k < n; k++) {
                        out[k] = f.value(a[k], b[k]);
                    }
                }
            }
        }
    }
}
