package deepmath.digits;

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
     * Returns −log p[label] computed from the shifted logits, which stays finite even when p underflows.
     */
    static double softmaxInPlace(double[] z, int label) {
        double max = z[0];
        for (double v : z) {
            max = Math.max(max, v);
        }
        double sum = 0;
        for (int k = 0; k < z.length; k++) {
            z[k] = Math.exp(z[k] - max);
            sum += z[k];
        }
        double logSum = Math.log(sum);
        double loss = label >= 0 ? logSum - Math.log(z[label]) : 0;
        for (int k = 0; k < z.length; k++) {
            z[k] /= sum;
        }
        return Double.isFinite(loss) ? loss : 745; // exp(−745) is below the smallest double
    }
}
