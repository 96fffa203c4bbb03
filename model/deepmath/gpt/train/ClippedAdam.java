package deepmath.gpt.train;

import java.util.LinkedHashMap;
import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Adam on named ND4J arrays, after clipping the gradient's global norm: if ‖g‖ > c, every gradient is scaled
 * by c/‖g‖, which keeps the direction and bounds the step when one batch is unlucky.
 * m ← β₁m + (1−β₁)g, v ← β₂v + (1−β₂)g², θ ← θ − η·m̂/(√v̂ + ε) with m̂ = m/(1−β₁ᵗ), v̂ = v/(1−β₂ᵗ).
 * The moments are exposed so that a checkpoint can save and restore them.
 */
public final class ClippedAdam {
    private final double beta1;
    private final double beta2;
    private final double epsilon;
    private final double clipNorm;
    private final Map<String, INDArray> firstMoment = new LinkedHashMap<>();
    private final Map<String, INDArray> secondMoment = new LinkedHashMap<>();
    private int steps;

    public ClippedAdam(double beta1, double beta2, double epsilon, double clipNorm) {
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.epsilon = epsilon;
        this.clipNorm = clipNorm;
    }

    /** GPT-2's usual settings: β₁ 0.9, β₂ 0.95, ε 1e-8, gradients clipped at norm 1. */
    public static ClippedAdam standard() {
        return new ClippedAdam(0.9, 0.95, 1e-8, 1.0);
    }

    /** The global norm √(Σ‖g_i‖²) of all gradients. */
    public static double globalNorm(Map<String, INDArray> gradients) {
        double sum = 0;
        for (INDArray g : gradients.values()) {
            double norm = g.norm2Number().doubleValue();
            sum += norm * norm;
        }
        return Math.sqrt(sum);
    }

    /** One update of every parameter in place; returns the gradient norm before clipping. */
    public double step(Map<String, INDArray> parameters, Map<String, INDArray> gradients, double learningRate) {
        double norm = globalNorm(gradients);
        double scale = norm > clipNorm ? clipNorm / norm : 1.0;
        steps++;
        double correction1 = 1 - Math.pow(beta1, steps);
        double correction2 = 1 - Math.pow(beta2, steps);
        for (Map.Entry<String, INDArray> entry : parameters.entrySet()) {
            INDArray gradient = gradients.get(entry.getKey());
            if (gradient == null) {
                throw new IllegalStateException("no gradient for " + entry.getKey());
            }
            INDArray g = gradient.mul(scale);
            INDArray m = firstMoment.computeIfAbsent(entry.getKey(), k -> Nd4j.zerosLike(g));
            INDArray v = secondMoment.computeIfAbsent(entry.getKey(), k -> Nd4j.zerosLike(g));
            m.muli(beta1).addi(g.mul(1 - beta1));
            v.muli(beta2).addi(g.mul(g).muli(1 - beta2));
            INDArray denominator = Transforms.sqrt(v.div(correction2), false).addi(epsilon);
            entry.getValue().subi(m.div(correction1).divi(denominator).muli(learningRate));
        }
        return norm;
    }

    public int steps() {
        return steps;
    }

    public Map<String, INDArray> firstMoment() {
        return firstMoment;
    }

    public Map<String, INDArray> secondMoment() {
        return secondMoment;
    }

    /** Restores a saved state (the arrays are taken as they are). */
    public void restore(int steps, Map<String, INDArray> m, Map<String, INDArray> v) {
        this.steps = steps;
        firstMoment.clear();
        firstMoment.putAll(m);
        secondMoment.clear();
        secondMoment.putAll(v);
    }
}
