package deepmath.nn;

import deepmath.core.BadInputException;

/**
 * A dense layer: neuron i computes aᵢ = φ(Σⱼ wᵢⱼ·xⱼ + bᵢ) — the book's φ(a1·x1 + … + an·xn + b).
 * {@code weights[i]} holds the incoming weights of neuron i (the network file's layout). Values are mutable
 * (the panel drags them); the shape is not: {@link NetworkEdits} builds a new layer to change it.
 */
public final class Layer {
    private Activation activation;
    private final double[][] weights;
    private final double[] biases;

    public Layer(Activation activation, double[][] weights, double[] biases) {
        if (weights.length == 0) {
            throw new BadInputException(NetworkProblem.NO_NEURON);
        }
        if (biases.length != weights.length) {
            throw new BadInputException(NetworkProblem.BIASES_PER_LAYER, weights.length, biases.length);
        }
        int inputs = weights[0].length;
        if (inputs == 0) {
            throw new BadInputException(NetworkProblem.NO_INPUT);
        }
        this.weights = new double[weights.length][];
        for (int i = 0; i < weights.length; i++) {
            if (weights[i].length != inputs) {
                throw new BadInputException(NetworkProblem.NEURON_WEIGHTS, i + 1, weights[i].length, inputs);
            }
            this.weights[i] = weights[i].clone();
        }
        this.biases = biases.clone();
        this.activation = activation;
    }

    /** A layer of {@code neurons} neurons with {@code inputs} inputs each, all weights and biases 0. */
    public static Layer zeros(Activation activation, int inputs, int neurons) {
        return new Layer(activation, new double[neurons][inputs], new double[neurons]);
    }

    public Activation activation() {
        return activation;
    }

    /**
     * Package-private: outside the model an activation is changed through
     * {@link NetworkEdits#setActivation}, which keeps softmax on the output layer.
     */
    void setActivation(Activation activation) {
        this.activation = activation;
    }

    public int inputs() {
        return weights[0].length;
    }

    public int neurons() {
        return weights.length;
    }

    /** The weight of the arrow from input j to neuron i. */
    public double weight(int neuron, int input) {
        return weights[neuron][input];
    }

    public void setWeight(int neuron, int input, double value) {
        weights[neuron][input] = value;
    }

    public double bias(int neuron) {
        return biases[neuron];
    }

    public void setBias(int neuron, double value) {
        biases[neuron] = value;
    }

    /** A copy of the weights, {@code [neuron][input]}. */
    public double[][] weights() {
        double[][] copy = new double[weights.length][];
        for (int i = 0; i < weights.length; i++) {
            copy[i] = weights[i].clone();
        }
        return copy;
    }

    public double[] biases() {
        return biases.clone();
    }

    /** z = W·x + b (the pre-activations) and a = φ(z), into the caller's arrays. */
    public void forward(double[] x, double[] z, double[] a) {
        for (int i = 0; i < weights.length; i++) {
            double[] w = weights[i];
            double sum = biases[i];
            for (int j = 0; j < w.length; j++) {
                sum += w[j] * x[j];
            }
            z[i] = sum;
        }
        activation.apply(z, a);
    }

    public Layer copy() {
        return new Layer(activation, weights, biases);
    }

    /** Parameters: the weights neuron by neuron, then the biases (the order of {@link Network#parameters()}). */
    int parameterCount() {
        return weights.length * (inputs() + 1);
    }

    void writeParameters(double[] out, int offset) {
        int k = offset;
        for (double[] w : weights) {
            System.arraycopy(w, 0, out, k, w.length);
            k += w.length;
        }
        System.arraycopy(biases, 0, out, k, biases.length);
    }

    void readParameters(double[] in, int offset) {
        int k = offset;
        for (double[] w : weights) {
            System.arraycopy(in, k, w, 0, w.length);
            k += w.length;
        }
        System.arraycopy(in, k, biases, 0, biases.length);
    }
}
