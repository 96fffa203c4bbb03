package deepmath.nn;

import deepmath.core.BadInputException;
import deepmath.data.Dataset;

/** How well a network fits a data set: mean loss and, for classes, the fraction classified right. */
public final class Evaluation {
    private Evaluation() {
    }

    public static double loss(Network network, Dataset data, Loss loss) {
        checkShapes(network, data, NetworkProblem.DATA.phrase());
        double sum = 0;
        for (int s = 0; s < data.size(); s++) {
            sum += loss.value(network.output(data.inputsView()[s]), data.targetsView()[s]);
        }
        return data.isEmpty() ? Double.NaN : sum / data.size();
    }

    /**
     * Fraction of samples classified right: one output → class 1 when F ≥ 0.5 (the decision boundary of the
     * heat map), several outputs → the largest one against the largest target.
     */
    public static double accuracy(Network network, Dataset data) {
        checkShapes(network, data, NetworkProblem.DATA.phrase());
        int right = 0;
        for (int s = 0; s < data.size(); s++) {
            double[] out = network.output(data.inputsView()[s]);
            double[] t = data.targetsView()[s];
            boolean ok = out.length == 1 ? (out[0] >= 0.5) == (t[0] >= 0.5) : argmax(out) == argmax(t);
            if (ok) {
                right++;
            }
        }
        return data.isEmpty() ? Double.NaN : right / (double) data.size();
    }

    private static int argmax(double[] v) {
        int best = 0;
        for (int i = 1; i < v.length; i++) {
            if (v[i] > v[best]) {
                best = i;
            }
        }
        return best;
    }

    static void checkShapes(Network network, Dataset data, Object what) {
        if (data.isEmpty()) {
            return;
        }
        if (data.inputCount() != network.inputs()) {
            throw new BadInputException(NetworkProblem.DATA_INPUTS, what, data.inputCount(),
                    deepmath.core.InputProblem.plural(data.inputCount()), network.inputs(), deepmath.core.InputProblem.plural(network.inputs()));
        }
        if (data.targetCount() != network.outputs()) {
            throw new BadInputException(NetworkProblem.DATA_TARGETS, what, data.targetCount(),
                    deepmath.core.InputProblem.plural(data.targetCount()), network.outputs(), deepmath.core.InputProblem.plural(network.outputs()));
        }
    }
}
