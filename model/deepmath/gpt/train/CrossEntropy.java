package deepmath.gpt.train;

import deepmath.core.Softmax;
import deepmath.gpt.Capture;
import deepmath.gpt.Gpt2Model;
import java.util.EnumSet;
import java.util.Set;

/**
 * Mean next-token cross-entropy −(1/N)Σ log p(next | before), in nats, of a model and of the unigram baseline
 * that ignores the context. The transformer is measured with the viewer's own forward pass on consecutive
 * windows of held-out tokens — so a number reported here is a number of the shipped files, not of the trainer.
 */
public final class CrossEntropy {
    private static final Set<Capture> LOGITS = EnumSet.of(Capture.ALL_LOGITS);

    private CrossEntropy() {
    }

    /** Over at most {@code maxWindows} consecutive windows of the model's context length. */
    public static double ofModel(Gpt2Model model, int[] tokens, int maxWindows) {
        int context = model.config().nPositions();
        double sum = 0;
        long count = 0;
        int windows = 0;
        for (int start = 0; start + context + 1 <= tokens.length && windows < maxWindows; start += context, windows++) {
            int[] input = java.util.Arrays.copyOfRange(tokens, start, start + context);
            float[][] logits = model.forward(input, LOGITS).logits();
            for (int t = 0; t < context; t++) {
                sum += -logProbability(logits[t], tokens[start + t + 1]);
                count++;
            }
        }
        if (count == 0) {
            throw new IllegalArgumentException("fewer held-out tokens than one window of " + (context + 1));
        }
        return sum / count;
    }

    /** The unigram model p(w) = (count(w) + 1)/(N + V) fitted on {@code training}, measured on {@code heldOut}. */
    public static double unigram(int[] training, int[] heldOut, int vocabularySize) {
        long[] counts = new long[vocabularySize];
        for (int id : training) {
            counts[id]++;
        }
        double total = training.length + (double) vocabularySize;
        double sum = 0;
        for (int id : heldOut) {
            sum += -Math.log((counts[id] + 1) / total);
        }
        return sum / heldOut.length;
    }

    /** log softmax(logits)[target], computed stably with the maximum subtracted. */
    static double logProbability(float[] logits, int target) {
        return logits[target] - Softmax.logNormaliser(logits);
    }
}
