package deepmath.sequential.engine;

import deepmath.nn.Activation;
import java.util.SplittableRandom;

/**
 * A fully connected layer a = φ(b + Wᵀx). Parameters: W as [input][unit] (row i = the weights leaving input i,
 * keras's kernel layout and the digits network's), then the biases. Storing W by input lets both passes skip the
 * inputs that are 0 — blank pixels, neurons a ReLU switched off — as the digits engine does.
 */
public final class DenseLayer implements Layer {
    private final int inputs;
    private final int units;
    private final Activation activation;

    public DenseLayer(int inputs, int units, Activation activation) {
        this.inputs = inputs;
        this.units = units;
        this.activation = activation;
    }

    @Override
    public int inputSize() {
        return inputs;
    }

    @Override
    public int outputSize() {
        return units;
    }

    @Override
    public int parameterCount() {
        return inputs * units + units;
    }

    public Activation activation() {
        return activation;
    }

    @Override
    public void initialise(double[] p, int offset, SplittableRandom random) {
        Glorot.uniform(p, offset, inputs * units, inputs, units, random);
    }

    /** One set of three matrix products per chunk ({@link DenseBatch}). */
    @Override
    public BatchPass newBatchPass(boolean float32Products, int capacity) {
        return new DenseBatch(inputs, units, activation, capacity);
    }

    @Override
    public Pass newPass() {
        double[] z = Activations.needsPreActivation(activation) ? new double[units] : null;
        return new Pass() {
            @Override
            public void forward(double[] p, int offset, double[] in, double[] out, SplittableRandom dropout) {
                System.arraycopy(p, offset + inputs * units, out, 0, units);
                for (int i = 0; i < inputs; i++) {
                    double x = in[i];
                    if (x != 0) {
                        int row = offset + i * units;
                        for (int j = 0; j < units; j++) {
                            out[j] += x * p[row + j];
                        }
                    }
                }
                Activations.forward(activation, out, units, z);
            }

            @Override
            public void backward(double[] p, int offset, double[] in, double[] out, double[] dOut,
                                 boolean preActivation, double[] g, double[] dIn) {
                if (!preActivation) {
                    Activations.backward(activation, out, z, dOut, units);
                }
                int biases = offset + inputs * units;
                for (int j = 0; j < units; j++) {
                    g[biases + j] += dOut[j];
                }
                for (int i = 0; i < inputs; i++) {
                    int row = offset + i * units;
                    double x = in[i];
                    if (x != 0) {
                        for (int j = 0; j < units; j++) {
                            g[row + j] += x * dOut[j];
                        }
                    }
                }
                if (dIn != null) {
                    inputGradient(p, offset, dOut, dIn);
                }
            }
        };
    }

    /**
     * ∂L/∂in[i] = Σ_j W[i][j]·δ[j], four inputs at a time: each sum is a chain of dependent additions (ten for the
     * book's output layer), and four chains side by side keep the processor's adders busy — the single chain was
     * the dense layer's largest cost in the profile of {@code model-epoch-mnist-cnn32}. Same order of terms, so
     * the same result to the bit.
     */
    private void inputGradient(double[] p, int offset, double[] dOut, double[] dIn) {
        int i = 0;
        for (; i + 3 < inputs; i += 4) {
            int r0 = offset + i * units;
            int r1 = r0 + units;
            int r2 = r1 + units;
            int r3 = r2 + units;
            double b0 = 0;
            double b1 = 0;
            double b2 = 0;
            double b3 = 0;
            for (int j = 0; j < units; j++) {
                double d = dOut[j];
                b0 += p[r0 + j] * d;
                b1 += p[r1 + j] * d;
                b2 += p[r2 + j] * d;
                b3 += p[r3 + j] * d;
            }
            dIn[i] = b0;
            dIn[i + 1] = b1;
            dIn[i + 2] = b2;
            dIn[i + 3] = b3;
        }
        for (; i < inputs; i++) {
            int row = offset + i * units;
            double back = 0;
            for (int j = 0; j < units; j++) {
                back += p[row + j] * dOut[j];
            }
            dIn[i] = back;
        }
    }
}
