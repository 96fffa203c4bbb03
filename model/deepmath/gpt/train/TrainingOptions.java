package deepmath.gpt.train;

import deepmath.core.BadInputException;
import deepmath.gpt.Gpt2Config;

/** What a training run is asked to do: the model's sizes and the optimisation's. */
public record TrainingOptions(int layers, int heads, int dim, int context, int batch, int steps,
                              double learningRate, int warmupSteps, long seed, int evaluateEvery, int saveEvery,
                              Engine engine, Gpt2Initialisation.Positions positions, double minimumLearningRate) {

    /** Where the gradients come from. */
    public enum Engine { BACKPROP, SAMEDIFF }


    public TrainingOptions {
        if (positions == null) {
            positions = Gpt2Initialisation.Positions.GPT2;   // runs saved before the choice existed
        }
        if (minimumLearningRate == 0) {
            minimumLearningRate = learningRate / 10;          // the usual floor, and runs saved before the choice
        }
        if (layers < 1 || heads < 1 || dim < heads || dim % heads != 0) {
            throw new BadInputException("need layers ≥ 1 and a dimension that is a multiple of the heads ("
                    + layers + " layers, " + heads + " heads, dim " + dim + ")");
        }
        if (context < 2 || batch < 1 || steps < 1) {
            throw new BadInputException("context must be ≥ 2, batch and steps ≥ 1");
        }
        if (!(learningRate > 0) || warmupSteps < 0 || evaluateEvery < 1 || saveEvery < 1) {
            throw new BadInputException("learning rate must be positive, warm-up ≥ 0, intervals ≥ 1");
        }
        if (!(minimumLearningRate > 0 && minimumLearningRate <= learningRate)) {
            throw new BadInputException("the final learning rate must be positive and at most the peak " + learningRate
                    + ", not " + minimumLearningRate);
        }
    }

    /** GPT-2's own initial positions. */
    public TrainingOptions(int layers, int heads, int dim, int context, int batch, int steps, double learningRate,
                           int warmupSteps, long seed, int evaluateEvery, int saveEvery, Engine engine) {
        this(layers, heads, dim, context, batch, steps, learningRate, warmupSteps, seed, evaluateEvery, saveEvery, engine,
                Gpt2Initialisation.Positions.GPT2, learningRate / 10);
    }

    /** Tokens seen fewer times than this are spelt with shorter ones in the shipped model (DATA.md). */
    public static final int SHIPPED_MIN_COUNT = 10;

    /** The same run with another batch size. */
    public TrainingOptions withBatch(int size) {
        return new TrainingOptions(layers, heads, dim, context, size, steps, learningRate, warmupSteps, seed,
                evaluateEvery, saveEvery, engine, positions, minimumLearningRate);
    }

    /**
     * The shipped model's recipe (DATA.md): 2 layers, 4 heads, n = 256, 64 tokens of context, sinusoidal start of the
     * positions, batch 4, peak η = 2·10⁻³ after at most 150 warm-up steps, cosine down to 10⁻³. Small batches because
     * the previous-token head forms in steps, not tokens (docs/small-gpt.md): batch 4 gets there as soon as batch 16,
     * four times cheaper; the floor because lower rates spread that head again.
     */
    public static TrainingOptions small(int steps) {
        return new TrainingOptions(2, 4, 256, 64, 4, steps, 2e-3, Math.min(150, Math.max(1, steps / 20)), 1, 200, 100,
                Engine.BACKPROP, Gpt2Initialisation.Positions.SINUSOIDAL, 1e-3);
    }

    public Gpt2Config config(int vocabularySize) {
        return new Gpt2Config(layers, heads, dim, context, vocabularySize, 1e-5);
    }

    public LearningRateSchedule schedule() {
        return new LearningRateSchedule(learningRate, minimumLearningRate, Math.min(warmupSteps, steps), steps);
    }
}
