package deepmath.bench;

import deepmath.optim.Optimizer;
import deepmath.optim.OptimizerKind;
import deepmath.sequential.SequentialNetwork;
import deepmath.sequential.data.Examples;
import deepmath.sequential.engine.FlattenLayer;
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
 * training epoch on one thread (each batch forward through every layer's chunk pass, {@link Layer#newBatchPass}, in
 * passes of {@link SequentialNetwork#examplesPerPass} examples, as {@link deepmath.sequential.Training} runs it,
 * the softmax + cross-entropy gradient in its short form, backward through every layer, one Adam step per batch),
 * each phase timed in the thread's CPU time
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

    /**
     * Phase name → CPU milliseconds of one epoch, in the order of the work. OpenBLAS on one thread, as a training
     * on several threads runs it ({@link deepmath.nd.OneBlasThread}): whole products, all on this thread,
     * so that its CPU time holds all of their work.
     */
    Map<String, Double> run() {
        try (deepmath.nd.OneBlasThread scope = deepmath.nd.OneBlasThread.open()) {
            return phases();
        }
    }

    private Map<String, Double> phases() {
        List<Layer> layers = network.layers();
        int n = layers.size();
        Layer.BatchPass[] passes = new Layer.BatchPass[n];
        double[][] outs = new double[n][];
        double[][] deltas = new double[n][];
        // a batch goes through the layers in passes of a few examples, as the training's workers take it
        int per = Math.min(batch, network.examplesPerPass());
        for (int i = 0; i < n; i++) {
            passes[i] = layers.get(i).newBatchPass(float32, per);
            outs[i] = new double[per * layers.get(i).outputSize()];
            deltas[i] = new double[per * layers.get(i).outputSize()];
        }
        long[] forward = new long[n];
        long[] backward = new long[n];
        long loss = 0;
        long optimiser = 0;
        double[] p = network.parameters();
        double[] g = new double[p.length];
        int size = network.inputSize();
        int outSize = network.outputSize();
        double[] in0 = new double[per * size];
        double[] hwc = new double[size];
        double[] planes = new double[size];
        List<Integer> shape = network.spec().input();
        boolean channelsLast = shape.size() == 3 && shape.get(2) > 1;
        Optimizer adam = OptimizerKind.ADAM.create(1e-3, 0);
        SplittableRandom[] dropout = new SplittableRandom[per];
        for (int first = 0; first < data.count(); first += batch) {
            java.util.Arrays.fill(g, 0);
            int end = Math.min(data.count(), first + batch);
            for (int i = 0; i < n; i++) {
                long t0 = CPU.getCurrentThreadCpuTime();
                passes[i].beginChunk(p, network.parameterOffset(i));
                forward[i] += CPU.getCurrentThreadCpuTime() - t0;
            }
            for (int from = first; from < end; from += per) {
                int to = Math.min(end, from + per);
                int m = to - from;
                long t = CPU.getCurrentThreadCpuTime();
                // the chunk as Training's worker reads it (planes), then each layer's chunk pass, as in training
                for (int s = from; s < to; s++) {
                    float[] x = data.inputs()[s];
                    for (int k = 0; k < size; k++) {
                        hwc[k] = x[k];
                    }
                    if (channelsLast) {
                        FlattenLayer.toPlanes(hwc, planes, shape.get(0), shape.get(1), shape.get(2));
                        System.arraycopy(planes, 0, in0, (s - from) * size, size);
                    } else {
                        System.arraycopy(hwc, 0, in0, (s - from) * size, size);
                    }
                    dropout[s - from] = new SplittableRandom(s);
                }
                double[] in = in0;
                for (int i = 0; i < n; i++) {
                    passes[i].forward(p, network.parameterOffset(i), in, outs[i], m, dropout);
                    in = outs[i];
                    long u = CPU.getCurrentThreadCpuTime();
                    forward[i] += u - t;
                    t = u;
                }
                double[] d = deltas[n - 1];
                for (int s = from; s < to; s++) {
                    float[] target = data.targets()[s];
                    int at = (s - from) * outSize;
                    for (int k = 0; k < outSize; k++) {
                        d[at + k] = outs[n - 1][at + k] - target[k];
                    }
                }
                long u0 = CPU.getCurrentThreadCpuTime();
                loss += u0 - t;
                t = u0;
                for (int i = n - 1; i >= 0; i--) {
                    passes[i].backward(p, network.parameterOffset(i), i == 0 ? in0 : outs[i - 1], outs[i], deltas[i],
                            m, i == n - 1, g, i == 0 ? null : deltas[i - 1]);
                    long u = CPU.getCurrentThreadCpuTime();
                    backward[i] += u - t;
                    t = u;
                }
            }
            for (int i = 0; i < n; i++) {
                long t0 = CPU.getCurrentThreadCpuTime();
                passes[i].endChunk(g, network.parameterOffset(i));
                backward[i] += CPU.getCurrentThreadCpuTime() - t0;
            }
            long t = CPU.getCurrentThreadCpuTime();
            double scale = 1.0 / (end - first);
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
