package deepmath.gpt.train;

import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The additive causal mask of training, [T, T]: 0 on and below the diagonal, −10⁹ above, so that after the
 * softmax a token gives weight e^(−10⁹) = 0 to the tokens after it. A finite −10⁹ rather than −∞ keeps the
 * gradient of the written-out softmax free of ∞ − ∞. (Inference, {@code deepmath.gpt.CausalSelfAttention},
 * skips the hidden scores instead of adding a mask.)
 */
final class CausalMask {
    static final float HIDDEN = -1e9f;

    private CausalMask() {
    }

    static INDArray additive(int context) {
        float[][] mask = new float[context][context];
        for (int q = 0; q < context; q++) {
            for (int k = q + 1; k < context; k++) {
                mask[q][k] = HIDDEN;
            }
        }
        return Nd4j.createFromArray(mask);
    }
}
