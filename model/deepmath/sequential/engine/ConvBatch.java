package deepmath.sequential.engine;

import deepmath.nn.Activation;
import java.util.SplittableRandom;

/**
 * {@link ConvLayer}'s pass over a chunk of n examples (issues 19 and 23): the im2col matrix of the whole chunk,
 * X [C·k² × n·P] (example b's P output positions in columns b·P …), so that each of the three products of a training
 * step is one product for the chunk instead of n: out = K·X, ∂L/∂K = Δ·Xᵀ summed over the chunk by the product
 * itself, and ∂L/∂in — for stride 1 a correlation of δout with the kernels turned round ({@link InputGradientF}'s
 * way) over the n·H·W input positions, for other strides Kᵀ·Δ then col2im, as {@link ConvKernel} does. Per example
 * OpenBLAS packed K and a thin X again for every example; here it packs them once per chunk.
 *
 * <p>The matrices keep the layout of a full chunk (leading dimension capacity·P), so the padding's zeros, written
 * once, stay where they are whatever n is. The products run in float32 ({@link ConvBatch32}, training) or float64
 * ({@link ConvBatch64}, the checks), the biases with them (a row of ones in X); the activation and the parameter
 * gradients' sums stay in double, as in {@link ConvKernel}. Measured on {@code model-epoch-mnist-cnn32} (two threads,
 * OpenBLAS on one): about 15 % less CPU than example by example; gathering and multiplying in blocks of a few
 * examples inside a chunk was no faster than the whole chunk (the network's passes of a few examples are,
 * {@link deepmath.sequential.SequentialNetwork}).
 */
abstract class ConvBatch implements Layer.BatchPass {
    final int filters;
    final int channels;
    final int taps;
    final int rows;
    final int inPlane;
    final int outPlane;
    final int inSize;
    final int outSize;
    /** Leading dimensions of the chunk's matrices: capacity·P (output positions) and capacity·H·W (input ones). */
    final int capOut;
    final int capIn;
    /** {@link ConvKernel#runs}: for each row of X, the runs of pixels it copies from one example. */
    final int[][] xRuns;
    /**
     * Stride 1: {@link InputGradientF#runs}, the rows of δout's im2col, read from Δ as the products hold it (filter
     * f's plane of example b at f·capOut + b·P, not at b·F·P + f·P); null for other strides (col2im).
     */
    final int[][] deltaRuns;
    private final Activation activation;
    private final double[] z;

    ConvBatch(ConvGeometry g, Activation activation, int capacity) {
        this.filters = g.filters();
        this.channels = g.channels();
        this.taps = g.kernel() * g.kernel();
        this.rows = channels * taps;
        this.inPlane = g.height() * g.width();
        this.outPlane = g.outHeight() * g.outWidth();
        this.inSize = channels * inPlane;
        this.outSize = filters * outPlane;
        this.capOut = capacity * outPlane;
        this.capIn = capacity * inPlane;
        this.xRuns = ConvKernel.runs(g.sources(), channels, inPlane);
        this.deltaRuns = g.stride() == 1 ? byFilter(InputGradientF.runs(g), outPlane, capOut) : null;
        this.activation = activation;
        this.z = Activations.needsPreActivation(activation) ? new double[capacity * outSize] : null;
    }

    static ConvBatch of(ConvGeometry g, Activation activation, boolean float32, int capacity) {
        return float32 ? new ConvBatch32(g, activation, capacity) : new ConvBatch64(g, activation, capacity);
    }

    /** Runs whose sources are f·P + position within one example, moved to f·capOut + position. */
    private static int[][] byFilter(int[][] runs, int outPlane, int capOut) {
        int[][] moved = new int[runs.length][];
        for (int r = 0; r < runs.length; r++) {
            moved[r] = runs[r].clone();
            for (int q = 1; q < moved[r].length; q += 3) {
                int f = moved[r][q] / outPlane;
                moved[r][q] += f * (capOut - outPlane);
            }
        }
        return moved;
    }

    /**
     * out (n examples, F planes each) ← K·X + b. The biases ride in the product: X has a last row of ones and the
     * kernel matrix the biases as its last column, so that no pass over the outputs adds them and ∂L/∂K's product
     * gives ∂L/∂b as its last column (issue 23: those passes cost more than the products on small networks).
     */
    abstract void products(double[] p, int kOff, int biasOff, double[] in, double[] out, int n);

    /** Adds ∂L/∂K and ∂L/∂b into g from δ (∂L/∂z, n examples); writes ∂L/∂in into dIn when it is not null. */
    abstract void gradients(double[] k, int kOff, int biasOff, double[] delta, int n, double[] g, double[] dIn);

    @Override
    public final void forward(double[] p, int offset, double[] in, double[] out, int n, SplittableRandom[] dropout) {
        products(p, offset, offset + filters * rows, in, out, n);
        // the activations of a convolution act value by value (softmax is refused), so the chunk is one vector
        Activations.forward(activation, out, n * outSize, z);
    }

    @Override
    public final void backward(double[] p, int offset, double[] in, double[] out, double[] dOut, int n,
                               boolean preActivation, double[] g, double[] dIn) {
        if (!preActivation) {
            Activations.backward(activation, out, z, dOut, n * outSize);
        }
        gradients(p, offset, offset + filters * rows, dOut, n, g, dIn);
    }
}
