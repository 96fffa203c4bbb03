package deepmath.digits;

import deepmath.core.BadInputException;
import java.util.Random;

/**
 * The book's dense digit network (chapter 10): 784 pixels → H ReLU neurons → 10 softmax outputs.
 * Parameters, in order: W1 (784 × H, row i = the weights leaving pixel i), b1 (H), W2 (H × 10), b2 (10).
 * Storing W1 pixel by pixel lets both passes skip the blank pixels (four fifths of a digit): the forward
 * pass adds x_i·W1[i,·] only for ink pixels, and so does the gradient ∂L/∂W1[i,·] = x_i·δh.
 */
public final class DenseDigitNet implements DigitNetwork {
    public static final int DEFAULT_HIDDEN = 128;
    private static final int IN = DigitSet.PIXELS;
    private static final int OUT = DigitSet.CLASSES;
    private final int hidden;
    private final double[] params;

    private DenseDigitNet(int hidden, double[] params) {
        this.hidden = hidden;
        this.params = params;
    }

    /** The length of the flat parameter vector: W1 (784 × H), b1, W2 (H × 10), b2. */
    public static int parameterCount(int hidden) {
        return IN * hidden + hidden + hidden * OUT + OUT;
    }

    /** He-normal weights for the ReLU layer (variance 2/784), Glorot for the softmax layer, zero biases. */
    public static DenseDigitNet initialised(int hidden, long seed) {
        if (hidden < 1) {
            throw new BadInputException(DigitsProblem.DENSE_HIDDEN, hidden);
        }
        double[] p = new double[parameterCount(hidden)];
        Random random = new Random(seed);
        double s1 = Math.sqrt(2.0 / IN);
        for (int i = 0; i < IN * hidden; i++) {
            p[i] = s1 * random.nextGaussian();
        }
        double s2 = Math.sqrt(2.0 / (hidden + OUT));
        int w2 = IN * hidden + hidden;
        for (int i = 0; i < hidden * OUT; i++) {
            p[w2 + i] = s2 * random.nextGaussian();
        }
        return new DenseDigitNet(hidden, p);
    }

    /** Recovers H from the length 795·H + 10 of the vector. */
    public static DenseDigitNet fromParameters(double[] p) {
        int hidden = (p.length - OUT) / (IN + 1 + OUT);
        if (hidden < 1 || parameterCount(hidden) != p.length) {
            throw new BadInputException(DigitsProblem.DENSE_PARAMETERS, p.length);
        }
        return new DenseDigitNet(hidden, p);
    }

    @Override
    public ModelKind kind() {
        return ModelKind.DENSE;
    }

    @Override
    public String shape() {
        return IN + "-" + hidden + "-" + OUT + " (ReLU, softmax)";
    }

    public int hidden() {
        return hidden;
    }

    @Override
    public double[] parameters() {
        return params;
    }

    @Override
    public double[] probabilities(float[] image) {
        double[] h = new double[hidden];
        double[] z = new double[OUT];
        forward(params, image, 0, allPixels(image), h, z);
        DigitNetwork.softmaxInPlace(z, -1);
        return z;
    }

    /** The hidden layer's values h = ReLU(b1 + W1ᵀx): the digit's embedding in R^H (book ch. 17 §5.1). */
    public double[] hiddenLayer(float[] image) {
        double[] h = new double[hidden];
        forward(params, image, 0, allPixels(image), h, new double[OUT]);
        return h;
    }

    private static int[] allPixels(float[] image) {
        int n = 0;
        int[] ink = new int[IN];
        for (int i = 0; i < IN; i++) {
            if (image[i] != 0f) {
                ink[n++] = i;
            }
        }
        return java.util.Arrays.copyOf(ink, n);
    }

    /** h = ReLU(b1 + Σ_ink x_i W1[i,·]), z = b2 + W2ᵀh (logits). */
    private void forward(double[] p, float[] x, int offset, int[] ink, double[] h, double[] z) {
        int b1 = IN * hidden;
        System.arraycopy(p, b1, h, 0, hidden);
        for (int i : ink) {
            double xi = x[offset + i];
            int row = i * hidden;
            for (int j = 0; j < hidden; j++) {
                h[j] += xi * p[row + j];
            }
        }
        for (int j = 0; j < hidden; j++) {
            h[j] = Math.max(h[j], 0);
        }
        int w2 = b1 + hidden;
        int b2 = w2 + hidden * OUT;
        System.arraycopy(p, b2, z, 0, OUT);
        for (int j = 0; j < hidden; j++) {
            double hj = h[j];
            if (hj != 0) {
                int row = w2 + j * OUT;
                for (int k = 0; k < OUT; k++) {
                    z[k] += hj * p[row + k];
                }
            }
        }
    }

    @Override
    public GradientWorker newWorker() {
        double[] h = new double[hidden];
        double[] z = new double[OUT];
        double[] dh = new double[hidden];
        return (p, data, s, g, dropoutSeed) -> {
            float[] x = data.pixels();
            int offset = s * IN;
            int[] ink = data.ink(s);
            forward(p, x, offset, ink, h, z);
            double loss = DigitNetwork.softmaxInPlace(z, data.label(s));
            // δz = p − onehot(label): the softmax + cross-entropy derivative (chapter 16)
            z[data.label(s)] -= 1;
            int b1 = IN * hidden;
            int w2 = b1 + hidden;
            int b2 = w2 + hidden * OUT;
            for (int k = 0; k < OUT; k++) {
                g[b2 + k] += z[k];
            }
            for (int j = 0; j < hidden; j++) {
                double hj = h[j];
                int row = w2 + j * OUT;
                double back = 0;
                for (int k = 0; k < OUT; k++) {
                    g[row + k] += hj * z[k];
                    back += p[row + k] * z[k];
                }
                // ReLU'(h) = 1 where the neuron fired, 0 elsewhere
                dh[j] = hj > 0 ? back : 0;
                g[b1 + j] += dh[j];
            }
            for (int i : ink) {
                double xi = x[offset + i];
                int row = i * hidden;
                for (int j = 0; j < hidden; j++) {
                    g[row + j] += xi * dh[j];
                }
            }
            return loss;
        };
    }
}
