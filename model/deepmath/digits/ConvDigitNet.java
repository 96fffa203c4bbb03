package deepmath.digits;

import deepmath.core.BadInputException;
import deepmath.sequential.engine.ConvGeometry;
import deepmath.sequential.engine.ConvKernel;
import java.util.SplittableRandom;

/**
 * The book's small convolutional network (chapter 14), the Keras way:
 * 1×28×28 → conv 3×3 ×8, ReLU → max-pool 2 → 8×14×14 → conv 3×3 ×16, ReLU → max-pool 2 → 16×7×7
 * → flatten (784) → dropout 25 % (training only) → dense 10, softmax.
 * Parameters, in order: K1 (8×1×3×3), c1 (8), K2 (16×8×3×3), c2 (16), W (784 × 10), b (10).
 */
public final class ConvDigitNet implements DigitNetwork {
    public static final int FILTERS1 = 8;
    public static final int FILTERS2 = 16;
    public static final double DROPOUT = 0.25;
    static final int SIDE1 = DigitSet.SIDE;
    static final int SIDE2 = SIDE1 / 2;
    static final int SIDE3 = SIDE2 / 2;
    static final int FLAT = FILTERS2 * SIDE3 * SIDE3;
    static final int K1 = 0;
    static final int K2 = K1 + FILTERS1 * 9 + FILTERS1;
    static final int W = K2 + FILTERS2 * FILTERS1 * 9 + FILTERS2;
    static final int B = W + FLAT * DigitSet.CLASSES;
    static final int COUNT = B + DigitSet.CLASSES;
    private final double[] params;

    private ConvDigitNet(double[] params) {
        this.params = params;
    }

    /** He-normal kernels (variance 2 / fan-in) for the ReLU layers, Glorot for the softmax layer, zero biases. */
    public static ConvDigitNet initialised(long seed) {
        double[] p = new double[COUNT];
        SplittableRandom random = new SplittableRandom(seed);
        fill(p, K1, FILTERS1 * 9, Math.sqrt(2.0 / 9), random);
        fill(p, K2, FILTERS2 * FILTERS1 * 9, Math.sqrt(2.0 / (FILTERS1 * 9)), random);
        fill(p, W, FLAT * DigitSet.CLASSES, Math.sqrt(2.0 / (FLAT + DigitSet.CLASSES)), random);
        return new ConvDigitNet(p);
    }

    private static void fill(double[] p, int from, int count, double sd, SplittableRandom random) {
        for (int i = from; i < from + count; i++) {
            p[i] = sd * gaussian(random);
        }
    }

    /**
     * Box–Muller, not {@code SplittableRandom.nextGaussian()} (another algorithm, other draws): the shipped
     * {@code digits/cnn.zip} was trained from these draws, so {@code digits train --model cnn --seed 1} still
     * starts from the same weights. The lab's only hand-written normal draw.
     */
    private static double gaussian(SplittableRandom random) {
        double u = 1 - random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    public static ConvDigitNet fromParameters(double[] p) {
        if (p.length != COUNT) {
            throw new BadInputException(DigitsProblem.CNN_PARAMETERS, p.length, COUNT);
        }
        return new ConvDigitNet(p);
    }

    @Override
    public ModelKind kind() {
        return ModelKind.CNN;
    }

    @Override
    public String shape() {
        return "conv3×3×8-pool2-conv3×3×16-pool2-dropout-10 (ReLU, softmax)";
    }

    @Override
    public double[] parameters() {
        return params;
    }

    /** Filter f of the first convolution layer (3 × 3, row by row). */
    public double[] filter1(int f) {
        return java.util.Arrays.copyOfRange(params, K1 + f * 9, K1 + f * 9 + 9);
    }

    /** The 3 × 3 kernel that filter f of the second layer applies to channel ch. */
    public double[] filter2(int f, int ch) {
        int at = K2 + (f * FILTERS1 + ch) * 9;
        return java.util.Arrays.copyOfRange(params, at, at + 9);
    }

    @Override
    public double[] probabilities(float[] image) {
        return see(image).probabilities();
    }

    /** What the network sees (chapter 14): the feature maps of every layer for one image. */
    public FeatureMaps see(float[] image) {
        Pass pass = new Pass();
        for (int i = 0; i < DigitSet.PIXELS; i++) {
            pass.input[i] = image[i];
        }
        pass.forward(params, -1);
        double[] z = pass.logits.clone();
        DigitNetwork.softmaxInPlace(z, -1);
        return new FeatureMaps(pass.conv1.clone(), pass.pool1.clone(), pass.conv2.clone(), pass.pool2.clone(), z);
    }

    @Override
    public GradientWorker newWorker() {
        Pass pass = new Pass();
        return (p, data, s, g, dropoutSeed) -> {
            toDouble(data.pixels(), s * DigitSet.PIXELS, pass.input);
            return pass.backward(p, data.label(s), g, dropoutSeed);
        };
    }

    private static void toDouble(float[] pixels, int offset, double[] into) {
        for (int i = 0; i < DigitSet.PIXELS; i++) {
            into[i] = pixels[offset + i];
        }
    }

    /** The buffers of one forward and backward pass; one per thread. */
    private static final class Pass {
        final double[] input = new double[DigitSet.PIXELS];
        final double[] conv1 = new double[FILTERS1 * SIDE1 * SIDE1];
        final double[] pool1 = new double[FILTERS1 * SIDE2 * SIDE2];
        final int[] arg1 = new int[pool1.length];
        final double[] conv2 = new double[FILTERS2 * SIDE2 * SIDE2];
        final double[] pool2 = new double[FLAT];
        final int[] arg2 = new int[FLAT];
        final double[] kept = new double[FLAT];
        final boolean[] dropped = new boolean[FLAT];
        final double[] logits = new double[DigitSet.CLASSES];
        final double[] dFlat = new double[FLAT];
        final double[] dConv2 = new double[conv2.length];
        final double[] dPool1 = new double[pool1.length];
        final double[] dConv1 = new double[conv1.length];
        // the lab's one convolution kernel (the sequential engine's), 3 × 3 'same', stride 1
        final ConvKernel layer1 = new ConvKernel(new ConvGeometry(SIDE1, SIDE1, 1, FILTERS1, 3, 1, true));
        final ConvKernel layer2 = new ConvKernel(new ConvGeometry(SIDE2, SIDE2, FILTERS1, FILTERS2, 3, 1, true));

        /** dropoutSeed < 0: inference, every unit kept; otherwise inverted dropout (kept units scaled by 1/(1−r)). */
        void forward(double[] p, long dropoutSeed) {
            layer1.forward(p, K1, input, conv1);
            relu(conv1);
            MaxPool2.forward(conv1, FILTERS1, SIDE1, pool1, arg1);
            layer2.forward(p, K2, pool1, conv2);
            relu(conv2);
            MaxPool2.forward(conv2, FILTERS2, SIDE2, pool2, arg2);
            if (dropoutSeed < 0) {
                System.arraycopy(pool2, 0, kept, 0, FLAT);
                java.util.Arrays.fill(dropped, false);
            } else {
                SplittableRandom random = new SplittableRandom(dropoutSeed);
                double scale = 1 / (1 - DROPOUT);
                for (int i = 0; i < FLAT; i++) {
                    dropped[i] = random.nextDouble() < DROPOUT;
                    kept[i] = dropped[i] ? 0 : pool2[i] * scale;
                }
            }
            System.arraycopy(p, B, logits, 0, DigitSet.CLASSES);
            for (int i = 0; i < FLAT; i++) {
                double a = kept[i];
                if (a != 0) {
                    int row = W + i * DigitSet.CLASSES;
                    for (int k = 0; k < DigitSet.CLASSES; k++) {
                        logits[k] += a * p[row + k];
                    }
                }
            }
        }

        double backward(double[] p, int label, double[] g, long dropoutSeed) {
            forward(p, dropoutSeed);
            double[] dz = logits;
            double loss = DigitNetwork.softmaxInPlace(dz, label);
            dz[label] -= 1; // softmax + cross-entropy: δz = p − onehot
            for (int k = 0; k < DigitSet.CLASSES; k++) {
                g[B + k] += dz[k];
            }
            double scale = 1 / (1 - DROPOUT);
            for (int i = 0; i < FLAT; i++) {
                int row = W + i * DigitSet.CLASSES;
                double a = kept[i];
                double back = 0;
                for (int k = 0; k < DigitSet.CLASSES; k++) {
                    g[row + k] += a * dz[k];
                    back += p[row + k] * dz[k];
                }
                // a dropped unit passed nothing forward, so it gets no gradient back
                dFlat[i] = dropoutSeed < 0 ? back : dropped[i] ? 0 : back * scale;
            }
            MaxPool2.backward(dFlat, arg2, FLAT, dConv2, conv2.length);
            reluBackward(conv2, dConv2);
            layer2.backward(p, K2, pool1, dConv2, g, dPool1);
            MaxPool2.backward(dPool1, arg1, pool1.length, dConv1, conv1.length);
            reluBackward(conv1, dConv1);
            layer1.backward(p, K1, input, dConv1, g, null);
            return loss;
        }
    }

    private static void relu(double[] a) {
        for (int i = 0; i < a.length; i++) {
            a[i] = Math.max(a[i], 0);
        }
    }

    /** ReLU'(x) = 1 where the output is positive, else 0 (outputs are stored, inputs are not needed). */
    private static void reluBackward(double[] output, double[] delta) {
        for (int i = 0; i < output.length; i++) {
            if (output[i] <= 0) {
                delta[i] = 0;
            }
        }
    }

    /** Feature maps after each layer (ReLU applied), planes channel after channel, and the output. */
    public record FeatureMaps(double[] conv1, double[] pool1, double[] conv2, double[] pool2, double[] probabilities) {
    }
}
