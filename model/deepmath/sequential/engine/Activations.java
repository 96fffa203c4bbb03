package deepmath.sequential.engine;

import deepmath.core.Softmax;
import deepmath.nn.Activation;

/**
 * A layer's activation over a whole output vector, forward and backward. The usual ones are differentiated from
 * the output alone (ReLU' = [a > 0], σ' = a(1 − a), tanh' = 1 − a²), which saves keeping z; GELU needs z.
 * Softmax acts on the layer as a whole: its Jacobian-vector product is a ⊙ (δa − a·δa).
 */
final class Activations {
    private Activations() {
    }

    /** a = φ(z) in place over [0, n); {@code z} receives a copy of the pre-activations when φ needs them. */
    static void forward(Activation phi, double[] a, int n, double[] z) {
        switch (phi) {
            case IDENTITY -> { }
            case RELU -> {
                // Math.max, not a comparison: C2 turns it into vector maxima; the comparison's branch is taken or
                // not at random (half the units are off) and cost 4 ns a value (issue 23). A NaN stays NaN.
                for (int i = 0; i < n; i++) {
                    a[i] = Math.max(a[i], 0.0);
                }
            }
            case SOFTMAX -> {
                if (a.length == n) {
                    Softmax.inPlace(a);
                } else {
                    double[] head = java.util.Arrays.copyOf(a, n);
                    Softmax.inPlace(head);
                    System.arraycopy(head, 0, a, 0, n);
                }
            }
            case GELU -> {
                System.arraycopy(a, 0, z, 0, n);
                for (int i = 0; i < n; i++) {
                    a[i] = phi.value(a[i]);
                }
            }
            default -> {
                for (int i = 0; i < n; i++) {
                    a[i] = phi.value(a[i]);
                }
            }
        }
    }

    /** Whether {@link #forward} needs a z buffer for this activation. */
    static boolean needsPreActivation(Activation phi) {
        return phi == Activation.GELU;
    }

    /** δ ← ∂L/∂z from δ = ∂L/∂a, in place, given the outputs a (and z for GELU). */
    static void backward(Activation phi, double[] a, double[] z, double[] delta, int n) {
        switch (phi) {
            case IDENTITY -> { }
            case RELU -> {
                // δ·[a > 0] as a product with min(a·2¹²⁰⁰, 1), clamped at 0: exactly 1 for every a > 0 (2¹²⁰⁰ lifts
                // even the least subnormal past 1) and 0 for a = 0, without the branch that made this loop 4 ns a
                // value instead of 0.5 (random signs mispredict; the product form C2 vectorises). A NaN output
                // passes NaN back, and so does an infinite δ at an off unit (∞·0): both only in a training that
                // has already diverged.
                for (int i = 0; i < n; i++) {
                    delta[i] *= Math.max(Math.min(a[i] * 0x1p600 * 0x1p600, 1.0), 0.0);
                }
            }
            case SIGMOID -> {
                for (int i = 0; i < n; i++) {
                    delta[i] *= a[i] * (1 - a[i]);
                }
            }
            case TANH -> {
                for (int i = 0; i < n; i++) {
                    delta[i] *= 1 - a[i] * a[i];
                }
            }
            case HEAVISIDE -> java.util.Arrays.fill(delta, 0, n, 0);
            case GELU -> {
                for (int i = 0; i < n; i++) {
                    delta[i] *= phi.derivative(z[i]);
                }
            }
            case SOFTMAX -> {
                double dot = 0;
                for (int i = 0; i < n; i++) {
                    dot += a[i] * delta[i];
                }
                for (int i = 0; i < n; i++) {
                    delta[i] = a[i] * (delta[i] - dot);
                }
            }
        }
    }
}
