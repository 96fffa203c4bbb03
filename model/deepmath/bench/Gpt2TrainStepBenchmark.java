package deepmath.bench;

import deepmath.gpt.Gpt2Config;
import deepmath.gpt.train.ClippedAdam;
import deepmath.gpt.train.Gpt2Backprop;
import deepmath.gpt.train.Gpt2Initialisation;
import deepmath.gpt.train.TokenCorpus;
import deepmath.nd.Nd4jRuntime;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * {@code gpt2-train-step}: one optimisation step of {@code gpt2-train} at the shipped model's size (2 layers,
 * 4 heads, n = 128, 64 positions, 4 408 tokens), batch 16: forward, loss, every gradient by the hand-written
 * backpropagation, clipped Adam. Random token windows: the time does not depend on the text.
 */
public final class Gpt2TrainStepBenchmark implements Benchmark {
    private static final int BATCH = 16;
    private static final Gpt2Config CONFIG = new Gpt2Config(2, 4, 128, 64, 4408, 1e-5);

    @Override
    public String name() {
        return "gpt2-train-step";
    }

    @Override
    public String description() {
        return "One training step of the shipped small GPT-2 (2 layers, n = 128, 64 tokens, 4 408-token vocabulary),"
                + " batch 16 x 64: forward, backpropagation, clipped Adam.";
    }

    @Override
    public int warmups() {
        return 3;
    }

    @Override
    public Trial prepare(BenchContext context) {
        Nd4jRuntime.initialise();
        Map<String, INDArray> parameters = Gpt2Initialisation.parameters(CONFIG, 1);
        Gpt2Backprop backprop = new Gpt2Backprop(CONFIG, parameters, BATCH, CONFIG.nPositions());
        ClippedAdam adam = ClippedAdam.standard();
        Random random = new Random(1);
        return new Trial() {
            @Override
            public void run() {
                int[][] inputs = new int[BATCH][CONFIG.nPositions()];
                int[][] targets = new int[BATCH][CONFIG.nPositions()];
                for (int b = 0; b < BATCH; b++) {
                    for (int t = 0; t < CONFIG.nPositions(); t++) {
                        inputs[b][t] = random.nextInt(CONFIG.vocabSize());
                        targets[b][t] = random.nextInt(CONFIG.vocabSize());
                    }
                }
                Map<String, INDArray> gradients = new HashMap<>();
                backprop.lossAndGradients(new TokenCorpus.Batch(inputs, targets), gradients);
                adam.step(parameters, gradients, 1e-4);
            }

            @Override
            public Map<String, String> parameters() {
                return Map.of("batch", BATCH + "x" + CONFIG.nPositions(), "vocabulary", "" + CONFIG.vocabSize(),
                        "parameters", "" + parameters.values().stream().mapToLong(INDArray::length).sum());
            }

            @Override
            public Map<String, String> derived(double medianMillis) {
                return Map.of("tokens/s", String.format(java.util.Locale.ROOT, "%.0f",
                        BATCH * CONFIG.nPositions() / (medianMillis / 1000)));
            }
        };
    }
}
