package deepmath.sequential;

import deepmath.core.BadInputException;
import deepmath.nn.Loss;
import deepmath.optim.OptimizerKind;

/**
 * What keras's {@code compile} and {@code fit} are told: the loss, the optimiser and its step δ (the learning
 * rate; μ = 0.9 for the momentum methods), the mini-batch size, the fraction of the data kept for validation
 * (the last examples, before shuffling, as keras's {@code validation_split}), the seed of the shuffles and of
 * dropout, and how many threads share each mini-batch (their partial gradients are summed in a fixed order, so the
 * result does not depend on it).
 */
public record TrainingConfig(Loss loss, OptimizerKind optimizer, double learningRate, int batch, double validation,
                             long seed, int threads) {
    public static final double MOMENTUM = 0.9;

    public TrainingConfig {
        if (batch < 1) {
            throw new BadInputException(EngineProblem.BATCH, batch);
        }
        if (!(validation >= 0 && validation < 1)) {
            throw new BadInputException(EngineProblem.VALIDATION, validation);
        }
        if (threads < 1 || threads > 64) {
            throw new BadInputException(EngineProblem.THREADS, threads);
        }
        optimizer.create(learningRate, MOMENTUM);   // refuses a step that is not a positive number
    }

    /** keras's usual choice: Adam with δ = 0.001, batches of 32, no validation, seed 1, the cores (at most 4). */
    public static TrainingConfig defaults(Loss loss) {
        return new TrainingConfig(loss, OptimizerKind.ADAM, 1e-3, 32, 0, 1, cores());
    }

    /** The processor cores, at most 4 (beyond that the batches of 32 are too small to share). */
    public static int cores() {
        return Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    }

    public TrainingConfig withOptimizer(OptimizerKind kind, double rate) {
        return new TrainingConfig(loss, kind, rate, batch, validation, seed, threads);
    }

    public TrainingConfig withBatch(int size) {
        return new TrainingConfig(loss, optimizer, learningRate, size, validation, seed, threads);
    }

    public TrainingConfig withValidation(double fraction) {
        return new TrainingConfig(loss, optimizer, learningRate, batch, fraction, seed, threads);
    }

    public TrainingConfig withSeed(long s) {
        return new TrainingConfig(loss, optimizer, learningRate, batch, validation, s, threads);
    }

    public TrainingConfig withThreads(int n) {
        return new TrainingConfig(loss, optimizer, learningRate, batch, validation, seed, n);
    }
}
