package deepmath.core;

/**
 * softmax(z)ᵢ = e^(zᵢ) / Σⱼ e^(zⱼ), computed after subtracting the largest entry (softmax(z) = softmax(z − c), and
 * then no exp overflows): the one softmax on Java arrays, for a network's output layer, the digit networks and
 * GPT-2's next-token law. Three loops that run over other layouts keep their own copy of the same three steps, each
 * for a reason said where it stands: the network's grid kernel (float32, one column per grid point), GPT-2's
 * attention rows (float32, only the keys a query may see) and the ND4J/SameDiff ops of training.
 */
public final class Softmax {
    private Softmax() {
    }

    /**
     * Replaces {@code z} by softmax(z) and returns log Σ e^(zⱼ) of the values it had, so that
     * log softmax(z)ᵢ = zᵢ − that, finite even where softmax(z)ᵢ underflows to 0.
     */
    public static double inPlace(double[] z) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : z) {
            max = Math.max(max, v);
        }
        double sum = 0;
        for (int i = 0; i < z.length; i++) {
            z[i] = Math.exp(z[i] - max);
            sum += z[i];
        }
        for (int i = 0; i < z.length; i++) {
            z[i] /= sum;
        }
        return max + Math.log(sum);
    }

    /** log Σ e^(zⱼ) without writing anything: log softmax(z)ᵢ = zᵢ − this. */
    public static double logNormaliser(float[] z) {
        double max = Double.NEGATIVE_INFINITY;
        for (float v : z) {
            max = Math.max(max, v);
        }
        double sum = 0;
        for (float v : z) {
            sum += Math.exp(v - max);
        }
        return max + Math.log(sum);
    }
}
