package deepmath.gpt;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The dense part of a block: n → 4n with GELU, then 4n → n. Weights in Hugging Face's Conv1D layout
 * [in, out], so a layer is simply x·W + b.
 */
public record Mlp(INDArray fcWeight, INDArray fcBias, INDArray projWeight, INDArray projBias) {
    /** √(2/π), the tanh-GELU constant. */
    private static final double SQRT_2_OVER_PI = Math.sqrt(2 / Math.PI);

    /** x [T, n] → [T, n]. */
    public INDArray apply(INDArray x) {
        INDArray hidden = gelu(x.mmul(fcWeight).addiRowVector(fcBias)); // [T, 4n]
        return hidden.mmul(projWeight).addiRowVector(projBias);
    }

    /**
     * GELU in GPT-2's tanh form, (x/2)(1 + tanh(√(2/π)(x + 0.044715x³))) — written out rather than taken
     * from a library op, whose GELU may be another approximation.
     */
    static INDArray gelu(INDArray x) {
        INDArray cube = x.mul(x).muli(x);
        INDArray inner = cube.muli(0.044715).addi(x).muli(SQRT_2_OVER_PI);
        return Transforms.tanh(inner, false).addi(1).muli(x).muli(0.5);
    }
}
