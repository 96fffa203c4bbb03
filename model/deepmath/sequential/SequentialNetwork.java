package deepmath.sequential;

import deepmath.core.BadInputException;
import deepmath.nn.Activation;
import deepmath.nn.Loss;
import deepmath.sequential.engine.ConvGeometry;
import deepmath.sequential.engine.ConvLayer;
import deepmath.sequential.engine.DenseLayer;
import deepmath.sequential.engine.DropoutLayer;
import deepmath.sequential.engine.FlattenLayer;
import deepmath.sequential.engine.Layer;
import deepmath.sequential.engine.PoolLayer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A {@link ModelSpec} with its weights: the lab's counterpart of a compiled keras {@code Sequential} model. All
 * weights and biases live in one flat vector {@link #parameters()}, layer after layer (each layer's layout is in
 * its class: dense W[input][unit] then b, convolution K[f][c][u][v] then b), so that any
 * {@link deepmath.optim.Optimizer} steps them. Inputs and outputs are in keras's order ([h, w, c] channels last);
 * inside, images travel as planes, channel after channel.
 *
 * <p>The network itself holds no per-example buffers: {@link #newWorker()} gives each thread its own.
 */
public final class SequentialNetwork {
    private final ModelSpec spec;
    private final List<Layer> layers;
    private final int[] offsets;
    private final double[] params;

    private SequentialNetwork(ModelSpec spec, double[] params) {
        this.spec = spec;
        this.layers = build(spec);
        this.offsets = new int[layers.size()];
        int count = 0;
        for (int i = 0; i < layers.size(); i++) {
            offsets[i] = count;
            count += layers.get(i).parameterCount();
        }
        if (params == null) {
            params = new double[count];
        } else if (params.length != count) {
            throw new BadInputException(EngineProblem.PARAMETER_COUNT, params.length, count);
        }
        this.params = params;
    }

    /** keras's default start, seeded: Glorot-uniform weights, zero biases; the same seed gives the same weights. */
    public static SequentialNetwork initialised(ModelSpec spec, long seed) {
        SequentialNetwork n = new SequentialNetwork(spec, null);
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < n.layers.size(); i++) {
            n.layers.get(i).initialise(n.params, n.offsets[i], random);
        }
        return n;
    }

    /** The model with these parameters (kept, not copied), e.g. read from a weights file. */
    public static SequentialNetwork withParameters(ModelSpec spec, double[] params) {
        return new SequentialNetwork(spec, params);
    }

    private static List<Layer> build(ModelSpec spec) {
        List<Layer> out = new ArrayList<>();
        List<Integer> shape = spec.input();
        for (int i = 0; i < spec.layers().size(); i++) {
            LayerSpec layer = spec.layers().get(i);
            // a [n, m] input can only be flattened or dropped out (ModelSpec refuses the rest): one vector of n·m
            int h = shape.size() == 2 ? shape.get(0) * shape.get(1) : shape.get(0);
            int w = shape.size() == 3 ? shape.get(1) : 1;
            int c = shape.size() == 3 ? shape.get(2) : 1;
            out.add(layer(layer, i + 1, h, w, c));
            shape = layer.outputShape(shape, i + 1);
        }
        return Collections.unmodifiableList(out);
    }

    private static Layer layer(LayerSpec layer, int index, int h, int w, int c) {
        if (layer instanceof LayerSpec.Dense d) {
            return new DenseLayer(h, d.units(), d.activation());
        }
        if (layer instanceof LayerSpec.Conv2D k) {
            if (k.activation() == Activation.SOFTMAX) {
                throw new BadInputException(EngineProblem.SOFTMAX_CONV, index);
            }
            return new ConvLayer(new ConvGeometry(h, w, c, k.filters(), k.kernel(), k.stride(),
                    k.padding() == LayerSpec.Padding.SAME), k.activation());
        }
        if (layer instanceof LayerSpec.Pool p) {
            return new PoolLayer(h, w, c, p.size(), p.kind() == LayerSpec.PoolKind.MAX);
        }
        if (layer instanceof LayerSpec.Dropout d) {
            return new DropoutLayer(h * w * c, d.rate());
        }
        return new FlattenLayer(h, w, c);
    }

    public ModelSpec spec() {
        return spec;
    }

    /** The live parameter vector; optimisers change it in place. */
    public double[] parameters() {
        return params;
    }

    /** The engine's layers, in order (their geometry, activation, parameter counts). */
    public List<Layer> layers() {
        return layers;
    }

    /** Where layer i's parameters start in {@link #parameters()}. */
    public int parameterOffset(int layer) {
        return offsets[layer];
    }

    public int inputSize() {
        return layers.get(0).inputSize();
    }

    public int outputSize() {
        return layers.get(layers.size() - 1).outputSize();
    }

    /** The activation of the last dense or convolution layer when it is the model's last layer, else identity. */
    public Activation outputActivation() {
        Layer last = layers.get(layers.size() - 1);
        return last instanceof DenseLayer d ? d.activation() : last instanceof ConvLayer c ? c.activation()
                : Activation.IDENTITY;
    }

    /** The model's output for one input (dropout off), in keras's order. */
    public double[] predict(float[] input) {
        Worker w = newWorker();
        return w.output(params, input).clone();
    }

    /**
     * What the network sees (chapter 14): every layer's output for one input, dropout off. Images are planes,
     * channel after channel ([c][y][x], row by row), the layout the panel draws feature maps from.
     */
    public List<double[]> activations(float[] input) {
        Worker w = newWorker();
        w.output(params, input);
        List<double[]> maps = new ArrayList<>();
        for (double[] a : w.outs) {
            maps.add(a.clone());
        }
        return maps;
    }

    public Worker newWorker() {
        return new Worker(false);
    }

    /**
     * A worker whose convolution products run in float32 when {@code float32Products} (training's speed; float64,
     * {@link #newWorker()}, for the gradient checks and predictions).
     */
    public Worker newWorker(boolean float32Products) {
        return new Worker(float32Products);
    }

    /**
     * Examples per chunk pass in {@link Worker#gradients}: as many as keep the pass's activations and their
     * gradients (16 bytes a value) within {@link #PASS_BYTES}, but at least {@link #MIN_PASS}. Measured on the digit
     * CNN's epoch (issue 23): passes of 3–4 examples took 500–560 ms where passes of the thread's whole 16 took
     * 770–980 ms, the same products but their buffers no longer falling out of the 1 MiB L2 between one layer and the
     * next. Below four examples the costs of a pass itself win (each layer's parameter gradient copied out and added,
     * a product's set-up): the book's chapter 14 CNN, 800 KB an example, was 15 % slower one example a pass than
     * four. The dense networks go through in their whole chunk.
     */
    private static final long PASS_BYTES = 1L << 20;
    private static final int MIN_PASS = 4;

    /** Examples per chunk pass of this network's workers ({@link #PASS_BYTES}, at least {@link #MIN_PASS}). */
    public int examplesPerPass() {
        long values = 0;
        for (Layer layer : layers) {
            values += layer.outputSize();
        }
        return (int) Math.max(MIN_PASS, Math.min(Integer.MAX_VALUE, PASS_BYTES / (16 * Math.max(1, values))));
    }

    /**
     * The buffers of one thread: forward passes, and per-example gradients added into a vector. Two threads use two
     * workers of the same network.
     */
    public final class Worker {
        private final int examplesPerPass = examplesPerPass();
        private final Layer.Pass[] passes = new Layer.Pass[layers.size()];
        private final double[] input = new double[inputSize()];
        private final double[][] outs = new double[layers.size()][];
        private final double[][] deltas = new double[layers.size()][];
        private final double[] target = new double[outputSize()];
        private final double[] output = new double[outputSize()];
        private final boolean imageOut = spec.outputShape().size() == 3;

        private Worker(boolean float32Products) {
            this.float32 = float32Products;
            for (int i = 0; i < passes.length; i++) {
                passes[i] = layers.get(i).newPass(float32Products);
                outs[i] = new double[layers.get(i).outputSize()];
                deltas[i] = new double[layers.get(i).outputSize()];
            }
        }

        /** Forward pass at {@code p}; the result is this worker's buffer, in keras's order. */
        public double[] output(double[] p, float[] x) {
            forward(p, x, null);
            return output;
        }

        /** The output of the last {@link #output} or {@link #gradient} call. */
        public double[] lastOutput() {
            return output;
        }

        private void forward(double[] p, float[] x, SplittableRandom dropout) {
            forward(p, x, dropout, false);
        }

        /** Reads x into {@link #input} (planes) and, unless {@code inputOnly}, runs the per-example passes. */
        private void forward(double[] p, float[] x, SplittableRandom dropout, boolean inputOnly) {
            List<Integer> shape = spec.input();
            if (shape.size() == 3 && shape.get(2) > 1) {
                double[] hwc = new double[input.length];
                for (int i = 0; i < input.length; i++) {
                    hwc[i] = x[i];
                }
                FlattenLayer.toPlanes(hwc, input, shape.get(0), shape.get(1), shape.get(2));
            } else {
                for (int i = 0; i < input.length; i++) {
                    input[i] = x[i];
                }
            }
            if (inputOnly) {
                return;
            }
            double[] in = input;
            for (int i = 0; i < passes.length; i++) {
                passes[i].forward(p, offsets[i], in, outs[i], dropout);
                in = outs[i];
            }
            finishOutput();
        }

        /** The last layer's output into {@link #output}, in keras's order. */
        private void finishOutput() {
            double[] last = outs[outs.length - 1];
            if (imageOut) {
                List<Integer> o = spec.outputShape();
                FlattenLayer.toChannelsLast(last, output, o.get(0), o.get(1), o.get(2));
            } else {
                System.arraycopy(last, 0, output, 0, output.length);
            }
        }

        /**
         * Adds ∂loss/∂P for one example into {@code g} and returns its loss. {@code dropoutSeed} draws the dropout
         * masks while training; a negative seed turns dropout off (the network as it is used for predictions).
         * With softmax + categorical cross-entropy (or σ + binary cross-entropy) the output gradient is taken in
         * its short form ∂L/∂z = a − t (divided by the number of outputs for the binary one), exact even where the
         * long form would divide 0 by 0.
         */
        public double gradient(double[] p, float[] x, float[] t, Loss loss, double[] g, long dropoutSeed) {
            forward(p, x, dropoutSeed < 0 ? null : new SplittableRandom(dropoutSeed));
            int last = passes.length - 1;
            boolean shortForm = loss.pairsWith(outputActivation());
            double value = outputGradient(t, loss, shortForm);
            for (int i = last; i >= 0; i--) {
                double[] in = i == 0 ? input : outs[i - 1];
                passes[i].backward(p, offsets[i], in, outs[i], deltas[i], shortForm && i == last, g,
                        i == 0 ? null : deltas[i - 1]);
            }
            return value;
        }

        /** Loss of {@link #output} against t; ∂L/∂(last layer's output) into the last delta (planes). */
        private double outputGradient(float[] t, Loss loss, boolean shortForm) {
            for (int k = 0; k < target.length; k++) {
                target[k] = t[k];
            }
            double value = loss.value(output, target);
            double[] d = deltas[passes.length - 1];
            if (shortForm) {
                double m = loss == Loss.BINARY_CROSS_ENTROPY ? output.length : 1;
                for (int k = 0; k < d.length; k++) {
                    d[k] = (output[k] - target[k]) / m;
                }
            } else {
                loss.gradient(output, target, d);
            }
            if (imageOut) {
                List<Integer> o = spec.outputShape();
                double[] planes = new double[d.length];
                FlattenLayer.toPlanes(d, planes, o.get(0), o.get(1), o.get(2));
                System.arraycopy(planes, 0, d, 0, d.length);
            }
            return value;
        }

        private Layer.BatchPass[] batchPasses;
        private double[] batchInput;
        private double[][] batchOuts;
        private double[][] batchDeltas;
        private double[][] batchOutputs = new double[0][];
        private final boolean float32;

        /** Chunk buffers for passes of up to {@code capacity} examples, made on first use (predictions need none). */
        private void ensureBatch(int capacity) {
            if (batchPasses != null && batchInput.length >= capacity * input.length) {
                return;
            }
            batchPasses = new Layer.BatchPass[passes.length];
            batchOuts = new double[passes.length][];
            batchDeltas = new double[passes.length][];
            for (int i = 0; i < passes.length; i++) {
                batchPasses[i] = layers.get(i).newBatchPass(float32, capacity);
                batchOuts[i] = new double[capacity * layers.get(i).outputSize()];
                batchDeltas[i] = new double[capacity * layers.get(i).outputSize()];
            }
            batchInput = new double[capacity * input.length];
        }

        /** Example b's output after the last {@link #gradients} call, in keras's order. */
        public double[] batchOutput(int b) {
            return batchOutputs[b];
        }

        /**
         * {@link #gradient} for the n examples x[0..n) at once, each layer's pass over several examples (issue 19):
         * adds the sum of their gradients into {@code g} and returns the sum of their losses. {@code dropoutSeeds[b]}
         * draws example b's masks as {@link #gradient} would (negative: dropout off). The examples go through the
         * layers {@link #examplesPerPass} at a time, so that a pass's buffers stay in the core's cache.
         */
        public double gradients(double[] p, float[][] x, float[][] t, int n, Loss loss, double[] g,
                                long[] dropoutSeeds) {
            int per = Math.min(n, examplesPerPass);
            ensureBatch(per);
            if (batchOutputs.length < n) {
                batchOutputs = new double[n][output.length];
            }
            for (int i = 0; i < batchPasses.length; i++) {
                batchPasses[i].beginChunk(p, offsets[i]);
            }
            double value = 0;
            for (int from = 0; from < n; from += per) {
                value += pass(p, x, t, from, Math.min(per, n - from), loss, g, dropoutSeeds);
            }
            for (int i = 0; i < batchPasses.length; i++) {
                batchPasses[i].endChunk(g, offsets[i]);
            }
            return value;
        }

        /** One pass of examples [from, from + n) forward and backward through every layer's chunk pass. */
        private double pass(double[] p, float[][] x, float[][] t, int from, int n, Loss loss, double[] g,
                            long[] dropoutSeeds) {
            int size = input.length;
            int outSize = output.length;
            SplittableRandom[] dropout = new SplittableRandom[n];
            boolean anyDropout = false;
            for (int b = 0; b < n; b++) {
                forward(p, x[from + b], null, true);
                System.arraycopy(input, 0, batchInput, b * size, size);
                if (dropoutSeeds[from + b] >= 0) {
                    dropout[b] = new SplittableRandom(dropoutSeeds[from + b]);
                    anyDropout = true;
                }
            }
            double[] in = batchInput;
            for (int i = 0; i < batchPasses.length; i++) {
                batchPasses[i].forward(p, offsets[i], in, batchOuts[i], n, anyDropout ? dropout : null);
                in = batchOuts[i];
            }
            int last = passes.length - 1;
            boolean shortForm = loss.pairsWith(outputActivation());
            double value = 0;
            double[] d = deltas[last];
            for (int b = 0; b < n; b++) {
                System.arraycopy(batchOuts[last], b * outSize, outs[last], 0, outSize);
                finishOutput();
                System.arraycopy(output, 0, batchOutputs[from + b], 0, outSize);
                value += outputGradient(t[from + b], loss, shortForm);
                System.arraycopy(d, 0, batchDeltas[last], b * outSize, outSize);
            }
            for (int i = last; i >= 0; i--) {
                double[] lin = i == 0 ? batchInput : batchOuts[i - 1];
                batchPasses[i].backward(p, offsets[i], lin, batchOuts[i], batchDeltas[i], n, shortForm && i == last,
                        g, i == 0 ? null : batchDeltas[i - 1]);
            }
            return value;
        }
    }
}
