package deepmath.sequential;

import deepmath.core.BadInputException;
import deepmath.sequential.data.Examples;

/**
 * How a data set's targets meet a model's outputs. They match value for value, with one exception the book uses:
 * a two-class set (one-hot [1, 0] / [0, 1]) and a model ending in one σ neuron, whose output is the probability of
 * the second class (cat vs dog, positive review): the target is then that class's 0 or 1. A prediction is right
 * when its largest output is the true class, or, for one output, when it is on the true side of 0.5.
 */
final class Targets {
    private Targets() {
    }

    /** The targets as the model's outputs read them; refuses a data set whose shape does not fit the model. */
    static float[][] of(SequentialNetwork network, Examples data) {
        if (size(data.shape()) != network.inputSize()) {
            throw new BadInputException(EngineProblem.INPUT_SHAPE, data.name(), ModelSpec.shown(data.shape()),
                    ModelSpec.shown(network.spec().input()));
        }
        int outputs = network.outputSize();
        if (data.count() == 0) {
            throw new BadInputException(EngineProblem.EMPTY_DATA, data.name());
        }
        if (binary(outputs, data)) {
            float[][] t = new float[data.count()][];
            for (int i = 0; i < t.length; i++) {
                t[i] = new float[] {data.targets()[i][1]};
            }
            return t;
        }
        if (data.outputs() != outputs) {
            throw new BadInputException(EngineProblem.OUTPUTS, data.name(), data.outputs(), outputs);
        }
        return data.targets();
    }

    /**
     * Values per example; a set whose shape differs but holds as many values ([28, 28, 1] for a model on [784]) is
     * read as numpy's {@code reshape} reads it, the values in the same order, which is what the book does to MNIST.
     */
    private static long size(java.util.List<Integer> shape) {
        long n = 1;
        for (int s : shape) {
            n *= s;
        }
        return n;
    }

    private static boolean binary(int outputs, Examples data) {
        return outputs == 1 && data.isClassification() && data.classes().size() == 2 && data.outputs() == 2;
    }

    /** The class the model predicts from its output (one output: 1 when ≥ 0.5). */
    static int predicted(double[] output) {
        if (output.length == 1) {
            return output[0] >= 0.5 ? 1 : 0;
        }
        int best = 0;
        for (int k = 1; k < output.length; k++) {
            if (output[k] > output[best]) {
                best = k;
            }
        }
        return best;
    }

    /** The true class of example i: its largest target, or for a one-value target 1 when ≥ 0.5. */
    static int label(float[] target) {
        if (target.length == 1) {
            return target[0] >= 0.5f ? 1 : 0;
        }
        int best = 0;
        for (int k = 1; k < target.length; k++) {
            if (target[k] > target[best]) {
                best = k;
            }
        }
        return best;
    }
}
