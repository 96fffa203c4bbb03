package deepmath.nn;

import deepmath.grid.Grid2D;
import deepmath.grid.GridValues;
import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * The network over a whole grid in float, fused: a row of the grid goes through every layer while it sits
 * in the cache, each neuron computed for the whole row in one counted loop (z += w·a over the row), which
 * the JIT turns into SIMD code; tanh and σ use {@link FastMath}. Rows are shared between threads.
 * This is what redraws the heat map while a weight is dragged: ND4J's per-op overhead costs ~13 ms on a
 * 256×256 grid for a 2-8-8-1 net, this kernel well under 2 ms (benchmark {@code net-grid-256}).
 * Inputs: the first is x, the second y, the others are held at {@code fixed} (slices of a 3-input net);
 * a 1-input network sees x only.
 */
public final class GridForward {
    /** Below this many points, threads cost more than they save. */
    private static final int PARALLEL_THRESHOLD = 8192;

    private final int inputs;
    private final float[][][] weights; // [layer][neuron][input]
    private final float[][] biases;
    private final Activation[] activations;
    private final int[] widths;

    private GridForward(Network network) {
        int depth = network.depth();
        inputs = network.inputs();
        weights = new float[depth][][];
        biases = new float[depth][];
        activations = new Activation[depth];
        widths = new int[depth];
        for (int l = 0; l < depth; l++) {
            Layer layer = network.layer(l);
            activations[l] = layer.activation();
            widths[l] = layer.neurons();
            weights[l] = new float[layer.neurons()][layer.inputs()];
            biases[l] = new float[layer.neurons()];
            for (int i = 0; i < layer.neurons(); i++) {
                biases[l][i] = (float) layer.bias(i);
                for (int j = 0; j < layer.inputs(); j++) {
                    weights[l][i][j] = (float) layer.weight(i, j);
                }
            }
        }
    }

    /** Output neuron 0 at every node of the grid. */
    public static GridValues output(Network network, Grid2D grid, double... fixed) {
        return new GridValues(grid, new GridForward(network).run(grid, fixed, false)[network.depth() - 1][0]);
    }

    /** Every neuron's output over the grid, {@code [layer][neuron]} (the panel's small heat maps). */
    public static GridValues[][] neurons(Network network, Grid2D grid, double... fixed) {
        float[][][] all = new GridForward(network).run(grid, fixed, true);
        GridValues[][] values = new GridValues[all.length][];
        for (int l = 0; l < all.length; l++) {
            values[l] = new GridValues[all[l].length];
            for (int i = 0; i < all[l].length; i++) {
                values[l][i] = new GridValues(grid, all[l][i]);
            }
        }
        return values;
    }

    private float[][][] run(Grid2D grid, double[] fixed, boolean keepAll) {
        int depth = widths.length;
        float[][][] out = new float[depth][][];
        for (int l = 0; l < depth; l++) {
            out[l] = new float[widths[l]][];
            for (int i = 0; i < widths[l]; i++) {
                if (keepAll || (l == depth - 1 && i == 0)) {
                    out[l][i] = new float[grid.size()];
                }
            }
        }
        float[] xs = new float[grid.nx()];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = (float) grid.x(i);
        }
        float[] rowInputs = new float[inputs];
        for (int k = 2; k < inputs; k++) {
            rowInputs[k] = fixed != null && k - 2 < fixed.length ? (float) fixed[k - 2] : 0f;
        }
        int ny = grid.ny();
        int chunks = grid.size() < PARALLEL_THRESHOLD ? 1 : Math.min(ny, 4 * Runtime.getRuntime().availableProcessors());
        if (chunks == 1) {
            rows(grid, xs, rowInputs, out, 0, ny);
        } else {
            IntStream.range(0, chunks).parallel()
                    .forEach(c -> rows(grid, xs, rowInputs, out, c * ny / chunks, (c + 1) * ny / chunks));
        }
        return out;
    }

    /** Rows [from, to) of the grid through the whole network, with this thread's own buffers. */
    private void rows(Grid2D grid, float[] xs, float[] template, float[][][] out, int from, int to) {
        int nx = xs.length;
        int depth = widths.length;
        float[][][] buffers = new float[depth][][];
        for (int l = 0; l < depth; l++) {
            buffers[l] = new float[widths[l]][nx];
        }
        float[] rowInputs = template.clone();
        for (int j = from; j < to; j++) {
            if (inputs > 1) {
                rowInputs[1] = (float) grid.y(j);
            }
            firstLayer(xs, rowInputs, buffers[0]);
            activate(activations[0], buffers[0], nx);
            for (int l = 1; l < depth; l++) {
                denseLayer(l, buffers[l - 1], buffers[l], nx);
                activate(activations[l], buffers[l], nx);
            }
            int offset = j * nx;
            for (int l = 0; l < depth; l++) {
                for (int i = 0; i < widths[l]; i++) {
                    if (out[l][i] != null) {
                        System.arraycopy(buffers[l][i], 0, out[l][i], offset, nx);
                    }
                }
            }
        }
    }

    /** Only x varies along a row: the other inputs fold into the bias, leaving one multiply-add per point. */
    private void firstLayer(float[] xs, float[] rowInputs, float[][] z) {
        float[][] w = weights[0];
        for (int o = 0; o < z.length; o++) {
            float base = biases[0][o];
            for (int k = 1; k < inputs; k++) {
                base += w[o][k] * rowInputs[k];
            }
            float w0 = w[o][0];
            float[] zo = z[o];
            for (int i = 0; i < xs.length; i++) {
                zo[i] = base + w0 * xs[i];
            }
        }
    }

    private void denseLayer(int l, float[][] previous, float[][] z, int n) {
        float[][] w = weights[l];
        for (int o = 0; o < z.length; o++) {
            float[] zo = z[o];
            Arrays.fill(zo, 0, n, biases[l][o]);
            for (int k = 0; k < previous.length; k++) {
                float wk = w[o][k];
                float[] a = previous[k];
                for (int i = 0; i < n; i++) {
                    zo[i] += wk * a[i];
                }
            }
        }
    }

    private static void activate(Activation activation, float[][] z, int n) {
        switch (activation) {
            case TANH -> {
                for (float[] row : z) {
                    FastMath.tanh(row, n);
                }
            }
            case SIGMOID -> {
                for (float[] row : z) {
                    FastMath.sigmoid(row, n);
                }
            }
            case RELU -> {
                for (float[] row : z) {
                    for (int i = 0; i < n; i++) {
                        row[i] = Math.max(row[i], 0f);
                    }
                }
            }
            case HEAVISIDE -> {
                for (float[] row : z) {
                    for (int i = 0; i < n; i++) {
                        row[i] = row[i] >= 0f ? 1f : 0f;
                    }
                }
            }
            case GELU -> {
                // rare in the builder: the exact erf form, scalar
                for (float[] row : z) {
                    for (int i = 0; i < n; i++) {
                        row[i] = (float) Activation.GELU.value(row[i]);
                    }
                }
            }
            case SOFTMAX -> softmax(z, n);
            case IDENTITY -> {
                // nothing to do
            }
        }
    }

    /** {@link deepmath.core.Softmax} down each of the n columns (a grid point's layer), in float32 like the whole kernel. */
    private static void softmax(float[][] z, int n) {
        for (int i = 0; i < n; i++) {
            float max = Float.NEGATIVE_INFINITY;
            for (float[] row : z) {
                max = Math.max(max, row[i]);
            }
            float sum = 0;
            for (float[] row : z) {
                row[i] = (float) Math.exp(row[i] - max);
                sum += row[i];
            }
            for (float[] row : z) {
                row[i] /= sum;
            }
        }
    }
}
