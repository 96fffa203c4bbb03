package deepmath.sequential.engine;

import deepmath.nd.Blas;
import deepmath.nn.Activation;
import java.nio.DoubleBuffer;
import java.util.SplittableRandom;
import org.bytedeco.javacpp.DoublePointer;

/**
 * {@link DenseLayer}'s pass over a chunk of n examples as three matrix products (issue 19): Z = X·W + b
 * ([n × in]·[in × units]), ∂L/∂W = Xᵀ·Δ and ∂L/∂X = Δ·Wᵀ, where the per-example pass read the whole of W three
 * times per example (the book's 12 544 × 10 output layer: about a quarter of the ch. 14 CNN epoch). float64 on
 * OpenBLAS (on one OpenBLAS thread while several training threads run, {@link deepmath.sequential.Training#fit});
 * the activation runs example by example (softmax acts on one example's outputs).
 */
final class DenseBatch implements Layer.BatchPass {
    private final int inputs;
    private final int units;
    private final Activation activation;
    private final DoublePointer w;
    private final DoubleBuffer wView;
    private final DoublePointer x;
    private final DoubleBuffer xView;
    private final DoublePointer z;
    private final DoubleBuffer zView;
    private final DoublePointer gw;
    private final DoubleBuffer gwView;
    private final DoublePointer dx;
    private final DoubleBuffer dxView;
    private final double[] one;
    private final double[] pre;
    /** One example's activated outputs, for the activation's backward pass (reused: no allocation per example). */
    private final double[] activated;
    private final double[] gwRow;
    private final double[] preActivations;
    /** Between {@link #beginChunk} and {@link #endChunk}: W stays in {@link #w}, ∂L/∂W is summed in {@link #gw}. */
    private boolean inChunk;
    private boolean summed;

    DenseBatch(int inputs, int units, Activation activation, int capacity) {
        this.inputs = inputs;
        this.units = units;
        this.activation = activation;
        this.w = zeros((long) inputs * units);
        this.wView = w.asBuffer();
        this.x = zeros((long) capacity * inputs);
        this.xView = x.asBuffer();
        this.z = zeros((long) capacity * units);
        this.zView = z.asBuffer();
        this.gw = zeros((long) inputs * units);
        this.gwView = gw.asBuffer();
        this.dx = zeros((long) capacity * inputs);
        this.dxView = dx.asBuffer();
        this.one = new double[units];
        this.pre = new double[units];
        this.activated = new double[units];
        this.gwRow = new double[inputs * units];
        this.preActivations = Activations.needsPreActivation(activation) ? new double[capacity * units] : null;
    }

    private static DoublePointer zeros(long n) {
        DoublePointer p = new DoublePointer(n);
        p.zero();
        return p;
    }

    /**
     * W goes to OpenBLAS's memory once for the chunk and ∂L/∂W is summed there by the products (beta = 1): with the
     * chunk cut into passes of four, the book's 12 544 × 10 layer copied its 1 MB of weights and of gradient out and
     * back for every pass (issue 23).
     */
    @Override
    public void beginChunk(double[] p, int offset) {
        wView.put(0, p, offset, inputs * units);
        inChunk = true;
        summed = false;
    }

    @Override
    public void endChunk(double[] g, int offset) {
        if (summed) {
            addGradient(g, offset);
        }
        inChunk = false;
        summed = false;
    }

    private void addGradient(double[] g, int offset) {
        gwView.get(0, gwRow, 0, inputs * units);
        for (int i = 0; i < inputs * units; i++) {
            g[offset + i] += gwRow[i];
        }
    }

    @Override
    public void forward(double[] p, int offset, double[] in, double[] out, int n, SplittableRandom[] dropout) {
        if (!inChunk) {
            wView.put(0, p, offset, inputs * units);
        }
        xView.put(0, in, 0, n * inputs);
        Blas.dgemm(false, false, n, units, inputs, 1, x, inputs, w, units, 0, z, units);
        zView.get(0, out, 0, n * units);
        int biases = offset + inputs * units;
        for (int b = 0; b < n; b++) {
            for (int j = 0; j < units; j++) {
                one[j] = out[b * units + j] + p[biases + j];
            }
            Activations.forward(activation, one, units, pre);
            System.arraycopy(one, 0, out, b * units, units);
            if (preActivations != null) {
                System.arraycopy(pre, 0, preActivations, b * units, units);
            }
        }
    }

    @Override
    public void backward(double[] p, int offset, double[] in, double[] out, double[] dOut, int n,
                         boolean preActivation, double[] g, double[] dIn) {
        if (!preActivation) {
            for (int b = 0; b < n; b++) {
                System.arraycopy(dOut, b * units, one, 0, units);
                System.arraycopy(out, b * units, activated, 0, units);
                if (preActivations != null) {
                    System.arraycopy(preActivations, b * units, pre, 0, units);
                }
                Activations.backward(activation, activated, pre, one, units);
                System.arraycopy(one, 0, dOut, b * units, units);
            }
        }
        int biases = offset + inputs * units;
        for (int b = 0; b < n; b++) {
            for (int j = 0; j < units; j++) {
                g[biases + j] += dOut[b * units + j];
            }
        }
        // X is still in x from the forward pass of this chunk; Δ goes where Z was
        zView.put(0, dOut, 0, n * units);
        Blas.dgemm(true, false, inputs, units, n, 1, x, inputs, z, units, summed ? 1 : 0, gw, units);
        if (inChunk) {
            summed = true;
        } else {
            addGradient(g, offset);
        }
        if (dIn != null) {
            Blas.dgemm(false, true, n, inputs, units, 1, z, units, w, units, 0, dx, inputs);
            dxView.get(0, dIn, 0, n * inputs);
        }
    }
}
