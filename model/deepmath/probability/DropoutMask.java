package deepmath.probability;

import deepmath.core.BadInputException;
import java.util.Random;

/**
 * Which neurons of a layer one training step keeps (chapter 16 §4.3): each one independently, with the
 * Bernoulli probability p of being kept (the book's p; Keras's {@code Dropout(rate)} takes the rate 1 − p of
 * dropping). A kept neuron's output is multiplied by 1/p, so that its expected value is the one it has at test
 * time, when every neuron is active and nothing is rescaled.
 */
public record DropoutMask(boolean[] kept, double keep) {

    public DropoutMask {
        checkKeep(keep);
        kept = kept.clone();
    }

    @Override
    public boolean[] kept() {
        return kept.clone();
    }

    public static void checkKeep(double keep) {
        if (!(keep > 0 && keep <= 1)) {
            throw new BadInputException(ProbabilityProblem.KEEP, keep);
        }
    }

    /** A fresh mask of {@code size} neurons, one coin per neuron. */
    public static DropoutMask draw(int size, double keep, Random random) {
        checkKeep(keep);
        boolean[] kept = new boolean[size];
        for (int i = 0; i < size; i++) {
            kept[i] = random.nextDouble() < keep;
        }
        return new DropoutMask(kept, keep);
    }

    /** Every neuron kept, nothing rescaled: the test phase. */
    public static DropoutMask none(int size) {
        boolean[] kept = new boolean[size];
        java.util.Arrays.fill(kept, true);
        return new DropoutMask(kept, 1);
    }

    public int keptCount() {
        int n = 0;
        for (boolean k : kept) {
            n += k ? 1 : 0;
        }
        return n;
    }

    /** What neuron i passes on: its output × 1/p when kept, 0 when dropped. */
    public double factor(int i) {
        return kept[i] ? 1 / keep : 0;
    }

    /** The layer's outputs after dropout, in a new array. */
    public double[] apply(double[] outputs) {
        double[] out = new double[outputs.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = outputs[i] * factor(i);
        }
        return out;
    }
}
