package deepmath.nn;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A network's weights in keras' layout (ch. 6, line 5923): {@code layers[k].set_weights([coeff, biais])} takes the
 * coefficients "by input" — {@code coeff[i][j]} is the weight from input i to neuron j, an array of (inputs ×
 * neurons), the transpose of the lab's {@code weight(neuron, input)} — and one bias per neuron. The book's
 * example: ReLU(x − 1) and ReLU(−0.5x + 1) give {@code coeff = [[1., -0.5]]}, {@code biais = [-1, 1]}.
 *
 * @param coefficients (inputs × neurons), keras' kernel
 * @param biases one per neuron
 */
public record KerasWeights(double[][] coefficients, double[] biases) {

    /** The words of the listing's Python names (the book's are modele, coeff, biais, poids). */
    public record Names(String model, String coefficients, String biases, String weights) {
        public static final Names BOOK = new Names("modele", "coeff", "biais", "poids");
    }

    /** Each layer's keras arrays. */
    public static List<KerasWeights> of(Network network) {
        List<KerasWeights> all = new ArrayList<>();
        for (Layer layer : network.layers()) {
            double[][] coefficients = new double[layer.inputs()][layer.neurons()];
            double[] biases = new double[layer.neurons()];
            for (int j = 0; j < layer.neurons(); j++) {
                for (int i = 0; i < layer.inputs(); i++) {
                    coefficients[i][j] = layer.weight(j, i);
                }
                biases[j] = layer.bias(j);
            }
            all.add(new KerasWeights(coefficients, biases));
        }
        return all;
    }

    /**
     * The keras listing that builds the network and sets its weights, as the book writes it (lines 5846 and
     * 5923): {@code Sequential}, {@code Input(shape=(n,))}, one {@code Dense} per layer, then per layer the
     * coefficients, the biases and {@code set_weights}. H is the book's own {@code heaviside} (keras_facile,
     * line 6233, without quotes); the identity is keras' 'linear'.
     */
    public static String python(Network network, Names names) {
        StringBuilder out = new StringBuilder();
        out.append(names.model()).append(" = Sequential()\n");
        out.append(names.model()).append(".add(Input(shape=(").append(network.inputs()).append(",)))\n");
        for (Layer layer : network.layers()) {
            out.append(names.model()).append(".add(Dense(").append(layer.neurons()).append(", activation=")
                    .append(kerasName(layer.activation())).append("))\n");
        }
        List<KerasWeights> all = of(network);
        for (int k = 0; k < all.size(); k++) {
            KerasWeights w = all.get(k);
            out.append('\n');
            out.append(names.coefficients()).append(" = np.array(").append(matrix(w.coefficients())).append(")\n");
            out.append(names.biases()).append(" = np.array(").append(vector(w.biases())).append(")\n");
            out.append(names.weights()).append(" = [").append(names.coefficients()).append(", ")
                    .append(names.biases()).append("]\n");
            out.append(names.model()).append(".layers[").append(k).append("].set_weights(").append(names.weights())
                    .append(")\n");
        }
        return out.toString();
    }

    static String kerasName(Activation activation) {
        return switch (activation) {
            case HEAVISIDE -> "heaviside";
            case IDENTITY -> "'linear'";
            default -> "'" + activation.key() + "'";
        };
    }

    private static String matrix(double[][] rows) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < rows.length; i++) {
            out.append(i == 0 ? "" : ", ").append(vector(rows[i]));
        }
        return out.append(']').toString();
    }

    private static String vector(double[] values) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < values.length; i++) {
            out.append(i == 0 ? "" : ", ").append(number(values[i]));
        }
        return out.append(']').toString();
    }

    /** Python's float literal: shortest digits, always a point (1.0, -0.5, 0.00001), nan and inf as numpy's. */
    static String number(double v) {
        if (Double.isNaN(v)) {
            return "np.nan";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "np.inf" : "-np.inf";
        }
        if (v == 0) {
            return 1 / v < 0 ? "-0.0" : "0.0";
        }
        String plain = new BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
        return plain.contains(".") ? plain : plain + ".0";
    }
}
