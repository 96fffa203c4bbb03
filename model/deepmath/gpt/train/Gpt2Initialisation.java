package deepmath.gpt.train;

import deepmath.gpt.Gpt2Config;
import deepmath.gpt.Gpt2Parameters;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * GPT-2's initial weights, named and drawn in the order of {@link Gpt2Parameters}: N(0, 0.02) for the token
 * embedding and the projections, N(0, 0.01) for the position embedding, the two projections that write into the residual stream scaled by
 * 1/√(2L) (so the stream's variance does not grow with depth), biases 0, LayerNorm gains 1.
 */
public final class Gpt2Initialisation {
    private Gpt2Initialisation() {
    }

    /** How the position table W_pe starts (it is learnt either way). */
    public enum Positions {
        /** GPT-2's N(0, 0.01). */
        GPT2,
        /**
         * Sines and cosines of t·100^(−2i/n) (periods from 2π to ≈ 600 positions) at the token rows' RMS 0.02: offsets
         * between positions are then rotations a head's q·k can read from the first step, so heads that look a fixed
         * distance back (the previous token) form sooner than from random positions.
         */
        SINUSOIDAL
    }

    public static Map<String, INDArray> parameters(Gpt2Config config, long seed) {
        return parameters(config, seed, Positions.GPT2);
    }

    public static Map<String, INDArray> parameters(Gpt2Config config, long seed, Positions positions) {
        Random random = new Random(seed);
        int n = config.nEmbd();
        double std = 0.02;
        double residualStd = std / Math.sqrt(2.0 * config.nLayer());
        Map<String, INDArray> p = new LinkedHashMap<>();
        for (Gpt2Parameters.Parameter parameter : Gpt2Parameters.of(config)) {
            long[] shape = parameter.shape();
            INDArray value = switch (parameter.role()) {
                case TOKEN_EMBEDDING, WEIGHT -> gaussian(random, std, shape);
                case RESIDUAL_WEIGHT -> gaussian(random, residualStd, shape);
                // Drawn in both cases so that the other weights do not depend on the choice of positions.
                case POSITION_EMBEDDING -> {
                    INDArray drawn = gaussian(random, 0.01, shape);
                    yield positions == Positions.SINUSOIDAL ? sinusoids(config.nPositions(), n, std) : drawn;
                }
                case NORM_GAIN -> Nd4j.ones(DataType.FLOAT, shape);
                case NORM_SHIFT, BIAS -> Nd4j.zeros(DataType.FLOAT, shape);
            };
            p.put(parameter.name(), value);
        }
        return p;
    }

    private static INDArray sinusoids(int positions, int n, double rms) {
        float[] values = new float[positions * n];
        for (int t = 0; t < positions; t++) {
            for (int i = 0; i < n / 2; i++) {
                double frequency = Math.pow(100, -2.0 * i / n);
                values[t * n + 2 * i] = (float) (rms * Math.sqrt(2) * Math.sin(t * frequency));
                values[t * n + 2 * i + 1] = (float) (rms * Math.sqrt(2) * Math.cos(t * frequency));
            }
        }
        return Nd4j.create(values, new long[] {positions, n}, 'c');
    }

    private static INDArray gaussian(Random random, double std, long[] shape) {
        float[] values = new float[Math.toIntExact(shape[0] * shape[1])];
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) (random.nextGaussian() * std);
        }
        return Nd4j.create(values, shape, 'c');
    }
}
