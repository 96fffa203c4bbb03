package deepmath.bench;

import deepmath.core.Progress;
import deepmath.gpt.Generation;
import deepmath.gpt.Gpt2Config;
import deepmath.gpt.Gpt2Model;
import deepmath.gpt.Sampling;
import deepmath.gpt.TextGenerator;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * {@code gpt2-generate}: GPT-2 small generates 64 tokens after a 64-token prompt, greedily, with the key/value
 * cache (one pass over the prompt, then one token at a time); the figure is new tokens per second of the whole
 * run, prompt included. Weights as {@link Gpt2SmallBenchmark}'s (--model DIR, else random).
 */
public final class Gpt2GenerateBenchmark implements Benchmark {
    static final int PROMPT = 64;
    static final int NEW_TOKENS = 64;

    @Override
    public String name() {
        return "gpt2-generate";
    }

    @Override
    public String description() {
        return "GPT-2 small generates 64 tokens after a 64-token prompt with the key/value cache, greedy"
                + " (goal >= 20 tokens/s). --model DIR reads a checkpoint, otherwise random weights.";
    }

    @Override
    public int warmups() {
        return 1;
    }

    @Override
    public int runs() {
        return 5;
    }

    @Override
    public Trial prepare(BenchContext context) throws IOException {
        Gpt2BenchModel opened = Gpt2BenchModel.open(context, name());
        Gpt2Model model = opened.model();
        Gpt2Config config = model.config();
        int[] prompt = new SplittableRandom(1).ints(PROMPT, 0, config.vocabSize()).toArray();
        TextGenerator generator = new TextGenerator(model);
        // The prompt's pass alone, to split the run into reading the prompt and generating.
        double prefill = Double.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            model.extend(model.newCache(PROMPT), prompt, java.util.Set.of());
            prefill = Math.min(prefill, (System.nanoTime() - start) / 1e6);
        }
        double prefillMillis = prefill;
        return new Trial() {
            @Override
            public void run() {
                Generation g = generator.generate(prompt, NEW_TOKENS, Sampling.greedy(), TextGenerator.NO_END_OF_TEXT,
                        false, Progress.NONE);
                if (g.generated().length != NEW_TOKENS) {
                    throw new IllegalStateException("generated " + g.generated().length + " tokens");
                }
            }

            @Override
            public Map<String, String> parameters() {
                Map<String, String> p = new LinkedHashMap<>();
                p.put("weights", opened.weights());
                p.put("threads", String.valueOf(deepmath.nd.Blas.threads()));
                p.put("blas_core", deepmath.nd.BlasCoreType.reported());
                p.put("blas_lib", deepmath.nd.BlasCoreType.library());
                p.put("params_m", String.format(Locale.ROOT, "%.1f", config.parameterCount() / 1e6));
                p.put("prompt", String.valueOf(PROMPT));
                p.put("new_tokens", String.valueOf(NEW_TOKENS));
                p.put("prefill_min_ms", BenchmarkResult.format(prefillMillis));
                return p;
            }

            @Override
            public Map<String, String> derived(double medianMillis) {
                Map<String, String> d = new LinkedHashMap<>();
                d.put("tokens_per_s", String.format(Locale.ROOT, "%.1f", NEW_TOKENS / (medianMillis / 1000)));
                // The 63 one-token passes after the prompt's (the 64th token is chosen from the last one's logits).
                double decode = Math.max(medianMillis - prefillMillis, 1e-3);
                d.put("decode_ms_per_token", String.format(Locale.ROOT, "%.1f", decode / (NEW_TOKENS - 1)));
                return d;
            }

            @Override
            public void close() throws IOException {
                opened.close();
            }
        };
    }
}
