package deepmath.nn;

import deepmath.core.BadInputException;
import deepmath.data.Dataset;

/**
 * The perceptron rule, or Hebb's rule (ch. 9, line 10650): backpropagation for one neuron with the imagined step
 * H̃ (H̃(t) = 1 for t ≥ 0, else 0, and H̃′ = 1). The examples are presented one at a time, in order, over and over;
 * for example i with input X and target z the neuron predicts F = H̃(P·X) and the weights change by
 * −δ grad Eᵢ = −2δ(F − z)X: nothing when F = z, −2δX when F = 1 and z = 0, +2δX when F = 0 and z = 1. The bias
 * is the weight of a constant input 1 (X = (x₁, …, xₙ, 1)).
 */
public final class PerceptronRule {
    /** One presentation: example {@code index} (from 0), what the neuron said and what changed. */
    public record Presentation(int k, int index, double[] input, double target, double predicted, double[] before,
                               double[] change, double[] after) {
        public boolean mistaken() {
            return predicted != target;
        }
    }

    private final Layer neuron;
    private final Dataset data;
    private final double step;
    private int k;
    private int mistakesThisRound;
    private int cleanRounds;

    /** Works on {@code network} in place: it must be one neuron with one output; targets 0 or 1. */
    public PerceptronRule(Network network, Dataset data, double step) {
        if (network.depth() != 1 || network.outputs() != 1) {
            throw new BadInputException(NetworkProblem.PERCEPTRON_SHAPE, network.shape());
        }
        if (data.isEmpty()) {
            throw new BadInputException(NetworkProblem.NO_TRAINING_DATA);
        }
        Evaluation.checkShapes(network, data, NetworkProblem.TRAINING_DATA.phrase());
        if (!data.isBinaryClassification()) {
            throw new BadInputException(NetworkProblem.PERCEPTRON_TARGETS);
        }
        if (!(step > 0) || !Double.isFinite(step)) {
            throw new BadInputException(NetworkProblem.LEARNING_RATE, step);
        }
        this.neuron = network.layer(0);
        this.data = data;
        this.step = step;
    }

    /** Presentations so far. */
    public int presented() {
        return k;
    }

    /** True once a whole round through the examples changed nothing: every example is then right. */
    public boolean converged() {
        return cleanRounds > 0;
    }

    /** Presents the next example (after the last, the first again) and applies the rule. */
    public Presentation next() {
        int index = k % data.size();
        double[] x = data.input(index);
        double z = data.target(index)[0] >= 0.5 ? 1 : 0;
        int n = x.length;
        double[] before = weights();
        double t = before[n];
        for (int j = 0; j < n; j++) {
            t += before[j] * x[j];
        }
        double predicted = t >= 0 ? 1 : 0;
        double sign = z - predicted; // −(F − z): +1, −1 or 0
        double[] change = new double[n + 1];
        double[] after = before.clone();
        for (int j = 0; j <= n; j++) {
            change[j] = 2 * step * sign * (j < n ? x[j] : 1) + 0.0; // + 0.0: no −0 shown for a zero change
            after[j] += change[j];
        }
        for (int j = 0; j < n; j++) {
            neuron.setWeight(0, j, after[j]);
        }
        neuron.setBias(0, after[n]);
        if (sign != 0) {
            mistakesThisRound++;
        }
        k++;
        if (k % data.size() == 0) {
            cleanRounds = mistakesThisRound == 0 ? cleanRounds + 1 : 0;
            mistakesThisRound = 0;
        }
        return new Presentation(k, index, x.clone(), z, predicted, before, change, after);
    }

    /** (a₁, …, aₙ, c): the weights, then the bias. */
    private double[] weights() {
        int n = neuron.inputs();
        double[] w = new double[n + 1];
        for (int j = 0; j < n; j++) {
            w[j] = neuron.weight(0, j);
        }
        w[n] = neuron.bias(0);
        return w;
    }
}
