package deepmath.digits;

import deepmath.core.Softmax;

/**
 * A digit classifier: 784 grey pixels in, the 10 probabilities P(digit = k | image) out (softmax), trained on
 * the categorical cross-entropy −log p(label). All weights and biases live in one flat vector
 * {@link #parameters()}, so that any {@link deepmath.optim.Optimizer} can step them.
 */
public interface DigitNetwork {

    ModelKind kind();

    /** A one-line description of the layers, e.g. "784-128-10 (ReLU, softmax)". */
    String shape();

    /** The live parameter vector (weights and biases, layer after layer); optimisers change it in place. */
    double[] parameters();

    /** The 10 probabilities for one image (784 values in [0, 1]); dropout is off outside training. */
    double[] probabilities(float[] image);

    /**
     * A worker that adds per-sample gradients into a vector. It owns its scratch buffers, so two threads
     * use two workers on the same network.
     */
    GradientWorker newWorker();

    interface GradientWorker {
        /**
         * Adds ∂(−log p(label))/∂P for digit s of {@code data}, evaluated at {@code params}, into
         * {@code gradient}, and returns that loss. {@code dropoutSeed} draws the dropout mask (training only).
         */
        double add(double[] params, DigitSet data, int s, double[] gradient, long dropoutSeed);
    }

    /** The most probable digit. */
    default int predict(float[] image) {
        return argmax(probabilities(image));
    }

    static int argmax(double[] values) {
        int best = 0;
        for (int k = 1; k < values.length; k++) {
            if (values[k] > values[best]) {
                best = k;
            }
        }
        return best;
    }

    /**
     * Softmax in place, shifted by the maximum so that exp never overflows (softmax(z) = softmax(z − c)).
     * Returns −log p[label] = log Σ e^z − z[label] ({@link Softmax#inPlace}), finite even when p underflows.
     */
    static double softmaxInPlace(double[] z, int label) {
        double logit = label >= 0 ? z[label] : 0;
        double logNormaliser = Softmax.inPlace(z);
        return label >= 0 ? logNormaliser - logit : 0;
    }
}
