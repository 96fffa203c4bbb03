package deepmath.bench;

import deepmath.optim.Optimizer;
import deepmath.optim.OptimizerKind;
import deepmath.sequential.SequentialNetwork;
import deepmath.sequential.data.Examples;
import deepmath.sequential.engine.Layer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * {@code bench model-epoch-mnist-cnn32 --param profile=true}: where one epoch's time goes. The same work as a
 * training epoch on one thread (each example forward through every layer, the softmax + cross-entropy gradient in
 * its short form, backward through every layer, one Adam step per batch), each phase timed in the thread's CPU time
 * — what it costs, however many other processes share the cores — and printed as one line per phase.
 */
final class EpochProfile {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    private final SequentialNetwork network;
    private final Examples data;
    private final int batch;
    private final boolean float32;

    EpochProfile(SequentialNetwork network, Examples data, int batch, boolean float32) {
        this.network = network;
        this.data = data;
        this.batch = batch;
        this.float32 = float32;
    }

    /** Phase name → CPU milliseconds of one epoch, in the order of the work. */
    Map<String, Double> run() {
        List<Layer> layers = network.layers();
        int n = layers.size();
        Layer.Pass[] passes = new Layer.Pass[n];
        double[][] outs = new double[n][];
        double[][] deltas = new double[n][];
        for (int i = 0; i < n; i++) {
            passes[i] = layers.get(i).newPass(float32);
            outs[i] = new double[layers.get(i).outputSize()];
            deltas[i] = new double[layers.get(i).outputSize()];
        }
        long[] forward = new long[n];
        long[] backward = new long[n];
        long loss = 0;
        long optimiser = 0;
        double[] p = network.parameters();
        double[] g = new double[p.length];
        double[] in0 = new double[network.inputSize()];
        Optimizer adam = OptimizerKind.ADAM.create(1e-3, 0);
        SplittableRandom dropout = new SplittableRandom(1);
        for (int from = 0; from < data.count(); from += batch) {
            java.util.Arrays.fill(g, 0);
            int to = Math.min(data.count(), from + batch);
            for (int s = from; s < to; s++) {
                long t = CPU.getCurrentThreadCpuTime();
                float[] x = data.inputs()[s];
                for (int k = 0; k < in0.length; k++) {
                    in0[k] = x[k];
                }
                double[] in = in0;
                for (int i = 0; i < n; i++) {
                    passes[i].forward(p, network.parameterOffset(i), in, outs[i], dropout);
                    in = outs[i];
                    long u = CPU.getCurrentThreadCpuTime();
                    forward[i] += u - t;
                    t = u;
                }
                float[] target = data.targets()[s];
                double[] d = deltas[n - 1];
                for (int k = 0; k < d.length; k++) {
                    d[k] = outs[n - 1][k] - target[k];
                }
                long u0 = CPU.getCurrentThreadCpuTime();
                loss += u0 - t;
                t = u0;
                for (int i = n - 1; i >= 0; i--) {
                    passes[i].backward(p, network.parameterOffset(i), i == 0 ? in0 : outs[i - 1], outs[i], deltas[i],
                            i == n - 1, g, i == 0 ? null : deltas[i - 1]);
                    long u = CPU.getCurrentThreadCpuTime();
                    backward[i] += u - t;
                    t = u;
                }
            }
            long t = CPU.getCurrentThreadCpuTime();
            double scale = 1.0 / (to - from);
            adam.step(p, (at, out) -> {
                for (int k = 0; k < out.length; k++) {
                    out[k] = g[k] * scale;
                }
            });
            optimiser += CPU.getCurrentThreadCpuTime() - t;
        }
        Map<String, Double> phases = new LinkedHashMap<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            names.add((i + 1) + "-" + layers.get(i).getClass().getSimpleName().replace("Layer", "").toLowerCase());
        }
        for (int i = 0; i < n; i++) {
            phases.put("forward " + names.get(i), forward[i] / 1e6);
        }
        phases.put("output gradient (softmax+loss)", loss / 1e6);
        for (int i = n - 1; i >= 0; i--) {
            phases.put("backward " + names.get(i), backward[i] / 1e6);
        }
        phases.put("optimiser (Adam)", optimiser / 1e6);
        return phases;
    }
}
