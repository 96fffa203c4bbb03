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
                    if (dIn != null) {
                        double back = 0;
                        for (int j = 0; j < units; j++) {
                            back += p[row + j] * dOut[j];
                        }
                        dIn[i] = back;
                    }
                }
            }
        };
    }
}
