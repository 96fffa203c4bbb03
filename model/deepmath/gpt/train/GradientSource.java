package deepmath.gpt.train;

import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;

/** Something that gives the loss of a batch and ∂loss/∂θ for every named parameter θ. */
public interface GradientSource {
    /** The live parameters, by checkpoint name; the optimiser updates them in place. */
    Map<String, INDArray> parameters();

    /** The mean next-token cross-entropy of {@code batch}; fills {@code gradients} (name → ∂L/∂θ). */
    double lossAndGradients(TokenCorpus.Batch batch, Map<String, INDArray> gradients);
}
