package deepmath.gpt;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Layer normalisation of each row (each token's vector): subtract its mean, divide by its standard
 * deviation (biased, plus ε under the root), then scale by {@code weight} and shift by {@code bias}.
 * The book leaves it out; GPT-2 has one before each sub-layer (ln_1, ln_2) and one at the end (ln_f).
 */
public record LayerNorm(INDArray weight, INDArray bias, double epsilon) {

    /** x [T, n] → [T, n]. */
    public INDArray apply(INDArray x) {
        INDArray mean = x.mean(true, 1);                        // [T, 1]
        INDArray centred = x.subColumnVector(mean);
        INDArray variance = centred.mul(centred).mean(true, 1); // [T, 1]
        INDArray deviation = Transforms.sqrt(variance.addi(epsilon), false);
        return centred.diviColumnVector(deviation).muliRowVector(weight).addiRowVector(bias);
    }
}
