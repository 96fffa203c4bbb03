package deepmath.bench;

import deepmath.gpt.Capture;
import deepmath.gpt.Gpt2Config;
import deepmath.gpt.Gpt2Model;
import java.io.IOException;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * {@code gpt2-small-64}: one GPT-2 small forward pass (124 M parameters) on 64 tokens with every attention
 * matrix returned. Reads the folder given with {@code --model DIR}; without one, writes a random-weight
 * GPT-2 small ({@link deepmath.gpt.RandomGpt2}) to a kept temporary folder first ({@link Gpt2BenchModel}) and says so.
 * The pass runs as the lab runs it, its products on OpenBLAS's own threads; {@code --param split=lab} times it with
 * the work shared over the lab's {@link deepmath.nd.WorkSplit} instead (the comparison of issue 23).
 */
public final class Gpt2SmallBenchmark implements Benchmark {
    private static final int TOKENS = 64;

    @Override
    public String name() {
        return "gpt2-small-64";
    }

    @Override
    public String description() {
        return "GPT-2 small forward pass, 64 tokens, attentions returned (goal <= 400 ms; load <= 1 s)."
                + " --model DIR reads a checkpoint, otherwise random weights are written to a temporary folder.";
    }

    @Override
    public int warmups() {
        return 2;
    }

    @Override
    public int runs() {
        return 7;
    }

    @Override
    public Trial prepare(BenchContext context) throws IOException {
        Gpt2BenchModel opened = Gpt2BenchModel.open(context, name());
        Gpt2Model model = opened.model();
        Gpt2Config config = model.config();
        int[] ids = new SplittableRandom(1).ints(TOKENS, 0, config.vocabSize()).toArray();
        String split = context.option("split").orElse("openblas");
        if (!split.equals("lab") && !split.equals("openblas")) {
            throw new IllegalArgumentException("split is lab or openblas, not " + split);
        }
        boolean onLabThreads = split.equals("lab");
        return new Trial() {
            @Override
            public void run() {
                if (onLabThreads) {
                    model.forwardOnLabThreads(ids, EnumSet.of(Capture.ATTENTION));
                } else {
                    model.forward(ids, EnumSet.of(Capture.ATTENTION));
                }
            }

            @Override
            public Map<String, String> parameters() {
                Map<String, String> p = new LinkedHashMap<>();
                p.put("weights", opened.weights());
                p.put("split", split);
                p.put("threads", String.valueOf(deepmath.nd.Blas.threads()));
                p.put("blas_core", deepmath.nd.BlasCoreType.reported());
                p.put("blas_lib", deepmath.nd.BlasCoreType.library());
                p.put("params_m", String.format(Locale.ROOT, "%.1f", config.parameterCount() / 1e6));
                p.put("tokens", String.valueOf(TOKENS));
                p.put("load_ms", BenchmarkResult.format(opened.loadMillis()));
                return p;
            }

            @Override
            public Map<String, String> derived(double medianMillis) {
                return Map.of("gflops", String.format(Locale.ROOT, "%.1f", flops(config) / (medianMillis * 1e6)));
            }

            @Override
            public void close() throws IOException {
                opened.close();
            }
        };
    }

    /** Multiply-adds ×2 of the pass: per token and layer 24n² (QKV, projection, MLP) + 4Tn (scores, mixing), plus the last row's unembedding. */
    static double flops(Gpt2Config c) {
        double n = c.nEmbd();
        return c.nLayer() * (double) TOKENS * (24 * n * n + 4.0 * TOKENS * n) + 2 * n * c.vocabSize();
    }
}
