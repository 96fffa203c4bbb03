package deepmath.digits;

import deepmath.sequential.SequentialNetwork;
import deepmath.sequential.engine.ConvLayer;
import java.util.Arrays;
import java.util.List;

/**
 * A digit classifier of the lab: one of the book's two {@link ModelKind}s as a sequential-engine network, 784 grey
 * pixels in, the 10 probabilities P(digit = k | image) out (softmax), trained on the categorical cross-entropy. It
 * adds no computation of its own: what the digits lab shows of a network (its layers' outputs, the kernels) is read
 * from the engine's model.
 */
public final class DigitNetwork {
    private final ModelKind kind;
    private final SequentialNetwork engine;

    DigitNetwork(ModelKind kind, SequentialNetwork engine) {
        this.kind = kind;
        this.engine = engine;
    }

    public ModelKind kind() {
        return kind;
    }

    /** The engine's model, for training it ({@link DigitTrainer}) or showing it. */
    public SequentialNetwork engine() {
        return engine;
    }

    /** A one-line description of the layers, e.g. "784-128-10 (ReLU, softmax)". */
    public String shape() {
        return kind == ModelKind.DENSE
                ? DigitSet.PIXELS + "-" + hidden() + "-" + DigitSet.CLASSES + " (ReLU, softmax)"
                : "conv3×3×8-pool2-conv3×3×16-pool2-dropout-10 (ReLU, softmax)";
    }

    /** The dense network's hidden neurons H. */
    public int hidden() {
        requireKind(ModelKind.DENSE);
        return engine.layers().get(0).outputSize();
    }

    /** The live parameter vector (weights and biases, layer after layer, the engine's layout). */
    public double[] parameters() {
        return engine.parameters();
    }

    /** The 10 probabilities for one image (784 values in [0, 1]); dropout is off outside training. */
    public double[] probabilities(float[] image) {
        return engine.predict(image);
    }

    /** The most probable digit. */
    public int predict(float[] image) {
        return argmax(probabilities(image));
    }

    public static int argmax(double[] values) {
        int best = 0;
        for (int k = 1; k < values.length; k++) {
            if (values[k] > values[best]) {
                best = k;
            }
        }
        return best;
    }

    /** The dense network's hidden layer h = ReLU(b1 + W1ᵀx): the digit's embedding in R^H (book ch. 17 §5.1). */
    public double[] hiddenLayer(float[] image) {
        requireKind(ModelKind.DENSE);
        return engine.activations(image).get(0);
    }

    /** What the CNN sees (chapter 14): the feature maps of every layer for one image. */
    public FeatureMaps featureMaps(float[] image) {
        requireKind(ModelKind.CNN);
        List<double[]> maps = engine.activations(image);
        return new FeatureMaps(maps.get(0), maps.get(1), maps.get(2), maps.get(3), maps.get(maps.size() - 1));
    }

    /** The first convolution's 8 kernels (3 × 3 each, row by row, one after the other). */
    public double[] filters1() {
        return kernels(ModelKind.CONV1);
    }

    /** The second convolution's kernels: filter f's 3 × 3 kernel on channel c at (f·8 + c)·9. */
    public double[] filters2() {
        return kernels(ModelKind.CONV2);
    }

    /** A convolution layer stores its kernels K[f][c][u][v] first, then its biases. */
    private double[] kernels(int layer) {
        requireKind(ModelKind.CNN);
        ConvLayer conv = (ConvLayer) engine.layers().get(layer);
        int from = engine.parameterOffset(layer);
        return Arrays.copyOfRange(engine.parameters(), from, from + conv.parameterCount() - conv.geometry().filters());
    }

    private void requireKind(ModelKind wanted) {
        if (kind != wanted) {
            throw new IllegalStateException("a " + kind.key() + " network has no such layer; only a " + wanted.key()
                    + " network has");
        }
    }

    /** Feature maps after each layer (ReLU applied), planes channel after channel, and the output. */
    public record FeatureMaps(double[] conv1, double[] pool1, double[] conv2, double[] pool2, double[] probabilities) {
    }
}
