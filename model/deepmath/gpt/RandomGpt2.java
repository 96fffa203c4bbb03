package deepmath.gpt;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A GPT-2 checkpoint with random weights, in the same names and shapes as a real one (same recipe as
 * {@code gpt2_anchor.py make-random}): the tests' tiny models, the benchmark's 124 M model, and the
 * screenshots until a trained small model ships. Not a language model: its predictions are noise.
 */
public final class RandomGpt2 {
    private RandomGpt2() {
    }

    public static Map<String, SafeTensorsWriter.Tensor> tensors(Gpt2Config config, long seed, String prefix) {
        SplittableRandom random = new SplittableRandom(seed);
        int n = config.nEmbd();
        Map<String, SafeTensorsWriter.Tensor> t = new LinkedHashMap<>();
        t.put(prefix + "wte.weight", normal(random, 0, 0.02, config.vocabSize(), n));
        t.put(prefix + "wpe.weight", normal(random, 0, 0.01, config.nPositions(), n));
        for (int i = 0; i < config.nLayer(); i++) {
            String h = prefix + "h." + i + ".";
            t.put(h + "ln_1.weight", normal(random, 1, 0.1, n));
            t.put(h + "ln_1.bias", normal(random, 0, 0.1, n));
            // Larger query/key weights than GPT-2's init, so that the heads attend sharply enough to see.
            t.put(h + "attn.c_attn.weight", normal(random, 0, 0.2, n, 3 * n));
            t.put(h + "attn.c_attn.bias", normal(random, 0, 0.1, 3 * n));
            t.put(h + "attn.c_proj.weight", normal(random, 0, 0.02, n, n));
            t.put(h + "attn.c_proj.bias", normal(random, 0, 0.02, n));
            t.put(h + "ln_2.weight", normal(random, 1, 0.1, n));
            t.put(h + "ln_2.bias", normal(random, 0, 0.1, n));
            t.put(h + "mlp.c_fc.weight", normal(random, 0, 0.02, n, 4 * n));
            t.put(h + "mlp.c_fc.bias", normal(random, 0, 0.02, 4 * n));
            t.put(h + "mlp.c_proj.weight", normal(random, 0, 0.02, 4 * n, n));
            t.put(h + "mlp.c_proj.bias", normal(random, 0, 0.02, n));
        }
        t.put(prefix + "ln_f.weight", normal(random, 1, 0.1, n));
        t.put(prefix + "ln_f.bias", normal(random, 0, 0.1, n));
        return t;
    }

    private static SafeTensorsWriter.Tensor normal(SplittableRandom random, double mean, double sd, long... shape) {
        long count = 1;
        for (long d : shape) {
            count *= d;
        }
        float[] values = new float[Math.toIntExact(count)];
        for (int i = 0; i < values.length; i += 2) {
            // Box–Muller, two normal values per pair of uniforms.
            double u = 1 - random.nextDouble();
            double r = Math.sqrt(-2 * Math.log(u)) * sd;
            double angle = 2 * Math.PI * random.nextDouble();
            values[i] = (float) (mean + r * Math.cos(angle));
            if (i + 1 < values.length) {
                values[i + 1] = (float) (mean + r * Math.sin(angle));
            }
        }
        return SafeTensorsWriter.Tensor.f32(values, shape);
    }
}
