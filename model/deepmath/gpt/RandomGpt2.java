package deepmath.gpt;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A GPT-2 checkpoint with random weights, in the names and shapes of {@link Gpt2Parameters}: the tests' tiny
 * models and the benchmarks' 124 M model (no file of that size ships). Not a language model: its predictions
 * are noise; the trained model the lab ships is {@link ShippedModel}. LayerNorm gains N(1, 0.1) and shifts
 * N(0, 0.1); the query/key/value weights N(0, 0.2), larger than GPT-2's initialisation so that the heads attend
 * sharply enough to be seen; the attention's biases N(0, 0.1); every other tensor N(0, 0.02), positions N(0, 0.01).
 */
public final class RandomGpt2 {
    private RandomGpt2() {
    }

    public static Map<String, SafeTensorsWriter.Tensor> tensors(Gpt2Config config, long seed, String prefix) {
        SplittableRandom random = new SplittableRandom(seed);
        Map<String, SafeTensorsWriter.Tensor> t = new LinkedHashMap<>();
        for (Gpt2Parameters.Parameter parameter : Gpt2Parameters.of(config)) {
            float[] values = new float[Math.toIntExact(parameter.elementCount())];
            double mean = parameter.role() == Gpt2Parameters.Role.NORM_GAIN ? 1 : 0;
            double sd = standardDeviation(parameter);
            for (int i = 0; i < values.length; i++) {
                values[i] = (float) (mean + sd * random.nextGaussian());
            }
            t.put(prefix + parameter.name(), SafeTensorsWriter.Tensor.f32(values, parameter.shape()));
        }
        return t;
    }

    private static double standardDeviation(Gpt2Parameters.Parameter parameter) {
        boolean qkv = parameter.part() == Gpt2Parameters.Part.ATTN_QKV;
        return switch (parameter.role()) {
            case NORM_GAIN, NORM_SHIFT -> 0.1;
            case POSITION_EMBEDDING -> 0.01;
            case WEIGHT -> qkv ? 0.2 : 0.02;
            case BIAS -> qkv ? 0.1 : 0.02;
            default -> 0.02;
        };
    }
}
