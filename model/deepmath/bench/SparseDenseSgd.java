package deepmath.bench;

import deepmath.digits.DigitNetwork;
import deepmath.digits.DigitSet;
import deepmath.digits.ModelKind;

/**
 * Plain mini-batch gradient descent for the dense 784-H-10 network, fused and sparse, in float32:
 * the arithmetic of P ← P − δ·grad (mean cross-entropy of the batch), done where it matters only.
 * A digit inks about 150 of its 784 pixels, and a blank pixel contributes nothing to X·W1 nor to the
 * gradient XᵀδH: the forward pass adds x_i·W1[i,·] for the inked pixels only, and the update of W1 touches
 * only their rows (the others have a gradient of exactly zero) — a fifth of the work of the dense products.
 * Every loop runs over whole rows of H floats (see {@link #axpy}). Results equal the sequential engine's dense
 * network with {@link deepmath.optim.GradientDescent} to float precision; {@code mnist-dense-epoch} times it.
 */
public final class SparseDenseSgd {
    private static final int IN = DigitSet.PIXELS;
    private static final int OUT = DigitSet.CLASSES;
    private final int hidden;
    private final float[][] w1;
    private final float[] b1;
    /** W2 stored transposed, one row of H weights per class, so that its loops run over whole rows too. */
    private final float[][] w2t;
    private final float[] b2;
    private final float step;
    private final int batch;
    private final float[][] h;
    private final float[][] dh;
    private final double[] g;

    public SparseDenseSgd(DigitNetwork start, int batch, double step) {
        this.hidden = start.hidden();
        double[] p = start.parameters();
        w1 = new float[IN][];
        for (int i = 0; i < IN; i++) {
            w1[i] = toFloat(p, i * hidden, hidden);
        }
        b1 = toFloat(p, IN * hidden, hidden);
        w2t = new float[OUT][hidden];
        for (int j = 0; j < hidden; j++) {
            for (int k = 0; k < OUT; k++) {
                w2t[k][j] = (float) p[IN * hidden + hidden + j * OUT + k];
            }
        }
        b2 = toFloat(p, IN * hidden + hidden + hidden * OUT, OUT);
        this.step = (float) step;
        this.batch = batch;
        h = new float[batch][hidden];
        dh = new float[batch][hidden];
        g = new double[batch * OUT];
    }

    private static float[] toFloat(double[] p, int from, int n) {
        float[] f = new float[n];
        for (int i = 0; i < n; i++) {
            f[i] = (float) p[from + i];
        }
        return f;
    }

    /** One pass over {@code order} in batches; returns the mean loss of the batches. */
    public double epoch(DigitSet data, int[] order) {
        int batches = (order.length + batch - 1) / batch;
        double total = 0;
        for (int b = 0; b < batches; b++) {
            total += step(data, order, b * batch, Math.min(order.length, (b + 1) * batch));
        }
        return total / batches;
    }

    private double step(DigitSet data, int[] order, int from, int to) {
        int size = to - from;
        // forward, first layer: h_b = ReLU(b1 + Σ_i x_bi W1[i,·]), one visit per inked pixel
        for (int b = 0; b < size; b++) {
            System.arraycopy(b1, 0, h[b], 0, hidden);
        }
        float[] x = data.pixels();
        for (int b = 0; b < size; b++) {
            int s = order[from + b];
            for (int i : data.ink(s)) {
                axpy(x[s * IN + i], w1[i], h[b]);
            }
        }
        double loss = 0;
        float scale = 1f / size;
        for (int b = 0; b < size; b++) {
            float[] hb = h[b];
            for (int j = 0; j < hidden; j++) {
                hb[j] = Math.max(hb[j], 0f);
            }
            // logits, softmax, and δz = (p − onehot)/B
            int s = order[from + b];
            double[] z = new double[OUT];
            for (int k = 0; k < OUT; k++) {
                z[k] = b2[k] + dot(w2t[k], hb);
            }
            double logit = z[data.label(s)];
            loss += deepmath.core.Softmax.inPlace(z) - logit;   // −log p(label) = log Σ e^z − z_label
            z[data.label(s)] -= 1;
            for (int k = 0; k < OUT; k++) {
                g[b * OUT + k] = z[k] * scale;
            }
            // δh = (W2·δz) ⊙ ReLU'(h), with W2 before its update
            float[] d = dh[b];
            java.util.Arrays.fill(d, 0f);
            for (int k = 0; k < OUT; k++) {
                axpy((float) g[b * OUT + k], w2t[k], d);
            }
            for (int j = 0; j < hidden; j++) {
                if (hb[j] <= 0) {
                    d[j] = 0f;
                }
            }
        }
        // updates: W2 −= δ·Hᵀ·G, b2 −= δ·Σ G, b1 −= δ·Σ δH, then the inked rows of W1 −= δ·Σ x_bi δh_b
        for (int b = 0; b < size; b++) {
            axpy(-step, dh[b], b1);
            for (int k = 0; k < OUT; k++) {
                axpy((float) (-step * g[b * OUT + k]), h[b], w2t[k]);
                b2[k] -= (float) (step * g[b * OUT + k]);
            }
        }
        for (int b = 0; b < size; b++) {
            int s = order[from + b];
            for (int i : data.ink(s)) {
                axpy(-step * x[s * IN + i], dh[b], w1[i]);
            }
        }
        return loss / size;
    }

    /** Σ x_j·y_j with four partial sums, which lets the processor overlap the additions. */
    private static double dot(float[] x, float[] y) {
        float s0 = 0;
        float s1 = 0;
        float s2 = 0;
        float s3 = 0;
        int n = x.length & ~3;
        for (int j = 0; j < n; j += 4) {
            s0 += x[j] * y[j];
            s1 += x[j + 1] * y[j + 1];
            s2 += x[j + 2] * y[j + 2];
            s3 += x[j + 3] * y[j + 3];
        }
        for (int j = n; j < x.length; j++) {
            s0 += x[j] * y[j];
        }
        return (double) s0 + s1 + s2 + s3;
    }

    /**
     * y += a·x over whole rows. Rows are separate arrays indexed from 0 on purpose: C2 vectorises this loop
     * (8 floats per AVX instruction), but not the same loop over offsets into one flat array, where it
     * cannot rule out that the two ranges overlap.
     */
    private static void axpy(float a, float[] x, float[] y) {
        for (int j = 0; j < y.length; j++) {
            y[j] += a * x[j];
        }
    }

    /** The trained network, back in double precision. */
    public DigitNetwork network() {
        double[] p = new double[IN * hidden + hidden + hidden * OUT + OUT];
        int at = 0;
        for (float[] row : w1) {
            for (float v : row) {
                p[at++] = v;
            }
        }
        for (float v : b1) {
            p[at++] = v;
        }
        for (int j = 0; j < hidden; j++) {
            for (int k = 0; k < OUT; k++) {
                p[at++] = w2t[k][j];
            }
        }
        for (float v : b2) {
            p[at++] = v;
        }
        return ModelKind.DENSE.withParameters(p);
    }
}
