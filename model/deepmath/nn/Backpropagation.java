package deepmath.nn;

/**
 * Backpropagation written out, sample by sample (chapter 9): the forward pass keeps every layer's
 * pre-activations z(l) and outputs a(l); the backward pass starts from δ = ∂E/∂a at the output and, layer by
 * layer from the last, turns it into ∂E/∂z(l) = φ'(z(l)) ⊙ δ, adds ∂E/∂w(l)ᵢⱼ = ∂E/∂z(l)ᵢ · a(l−1)ⱼ and
 * ∂E/∂b(l)ᵢ = ∂E/∂z(l)ᵢ, then hands δ = W(l)ᵀ ∂E/∂z(l) to the layer before. The gradient comes out in the
 * order of {@link Network#parameters()}, one entry per weight — what "explain this step" lists.
 */
public final class Backpropagation {
    private final Network network;
    private final Loss loss;
    private final Regularization regularization;
    private final double lambda;
    private final double[][] z;
    private final double[][] a;
    private final double[][] dz;
    private final double[] da;
    private final int[] offsets;

    public Backpropagation(Network network, Loss loss, Regularization regularization, double lambda) {
        this.network = network;
        this.loss = loss;
        this.regularization = regularization;
        this.lambda = lambda;
        int depth = network.depth();
        z = new double[depth][];
        a = new double[depth + 1][];
        dz = new double[depth][];
        offsets = new int[depth];
        int offset = 0;
        for (int l = 0; l < depth; l++) {
            int n = network.layer(l).neurons();
            z[l] = new double[n];
            a[l + 1] = new double[n];
            dz[l] = new double[n];
            offsets[l] = offset;
            offset += network.layer(l).parameterCount();
        }
        da = new double[network.maxWidth()];
    }

    /**
     * The loss on samples {@code batch} of (inputs, targets) — mean over the batch plus the penalty — and its
     * gradient with respect to every parameter, written into {@code gradient} (overwritten).
     */
    public double lossAndGradient(double[][] inputs, double[][] targets, int[] batch, double[] gradient) {
        java.util.Arrays.fill(gradient, 0);
        int depth = network.depth();
        Layer last = network.layer(depth - 1);
        boolean shortcut = loss.pairsWith(last.activation());
        double total = 0;
        double scale = 1.0 / batch.length;
        for (int s : batch) {
            a[0] = inputs[s];
            for (int l = 0; l < depth; l++) {
                network.layer(l).forward(a[l], z[l], a[l + 1]);
            }
            double[] output = a[depth];
            double[] target = targets[s];
            total += loss.value(output, target);
            // ∂E/∂z at the output layer
            double[] top = dz[depth - 1];
            if (shortcut) {
                double perOutput = last.activation() == Activation.SOFTMAX ? 1 : 1.0 / output.length;
                for (int i = 0; i < output.length; i++) {
                    top[i] = (output[i] - target[i]) * perOutput * scale;
                }
            } else {
                loss.gradient(output, target, da);
                for (int i = 0; i < output.length; i++) {
                    da[i] *= scale;
                }
                throughActivation(last.activation(), z[depth - 1], a[depth], da, top);
            }
            for (int l = depth - 1; l >= 0; l--) {
                Layer layer = network.layer(l);
                accumulate(layer, offsets[l], dz[l], a[l], gradient);
                if (l > 0) {
                    // δ for the layer below: Wᵀ · ∂E/∂z
                    for (int j = 0; j < layer.inputs(); j++) {
                        double sum = 0;
                        for (int i = 0; i < layer.neurons(); i++) {
                            sum += layer.weight(i, j) * dz[l][i];
                        }
                        da[j] = sum;
                    }
                    throughActivation(network.layer(l - 1).activation(), z[l - 1], a[l], da, dz[l - 1]);
                }
            }
        }
        return total * scale + penalty(gradient);
    }

    /** ∂E/∂z = φ'(z) ⊙ ∂E/∂a, or for softmax the Jacobian product s ⊙ (g − s·g). */
    private static void throughActivation(Activation phi, double[] z, double[] a, double[] grad, double[] out) {
        int n = z.length;
        if (phi == Activation.SOFTMAX) {
            double dot = 0;
            for (int i = 0; i < n; i++) {
                dot += a[i] * grad[i];
            }
            for (int i = 0; i < n; i++) {
                out[i] = a[i] * (grad[i] - dot);
            }
            return;
        }
        for (int i = 0; i < n; i++) {
            out[i] = phi.derivative(z[i]) * grad[i];
        }
    }

    private static void accumulate(Layer layer, int offset, double[] dzl, double[] input, double[] gradient) {
        int inputs = layer.inputs();
        int neurons = layer.neurons();
        for (int i = 0; i < neurons; i++) {
            double d = dzl[i];
            int row = offset + i * inputs;
            for (int j = 0; j < inputs; j++) {
                gradient[row + j] += d * input[j];
            }
            gradient[offset + neurons * inputs + i] += d;
        }
    }

    /** Adds the penalty's derivative on the weights (not the biases) and returns the penalty. */
    private double penalty(double[] gradient) {
        if (regularization == Regularization.NONE || lambda == 0) {
            return 0;
        }
        double sum = 0;
        for (int l = 0; l < network.depth(); l++) {
            Layer layer = network.layer(l);
            for (int i = 0; i < layer.neurons(); i++) {
                for (int j = 0; j < layer.inputs(); j++) {
                    double w = layer.weight(i, j);
                    sum += regularization.penalty(w, lambda);
                    gradient[offsets[l] + i * layer.inputs() + j] += regularization.derivative(w, lambda);
                }
            }
        }
        return sum;
    }
}
