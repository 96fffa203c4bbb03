package deepmath.digits;

import deepmath.core.BadInputException;
import deepmath.nn.Loss;
import deepmath.optim.OptimizerKind;
import deepmath.sequential.TrainingConfig;

/**
 * How to train a digit network: epochs, mini-batch size, Adam's step δ, the seed of the shuffles and of
 * dropout, and how many threads share each mini-batch (their partial gradients are summed in a fixed order,
 * so the result does not depend on the number of threads), and the largest random shift of the digits
 * (data augmentation, in pixels; 0 trains on the digits as they are).
 */
public record TrainingPlan(int epochs, int batch, double learningRate, long seed, int threads, int maxShift) {

    public TrainingPlan {
        if (epochs < 1) {
            throw new BadInputException(DigitsProblem.EPOCHS, epochs);
        }
        if (batch < 1) {
            throw new BadInputException(DigitsProblem.BATCH, batch);
        }
        if (!(learningRate > 0) || !Double.isFinite(learningRate)) {
            throw new BadInputException(DigitsProblem.LEARNING_RATE, learningRate);
        }
        if (maxShift < 0 || maxShift > 4) {
            throw new BadInputException(DigitsProblem.SHIFT, maxShift);
        }
        if (threads < 1) {
            throw new BadInputException(DigitsProblem.THREADS, threads);
        }
    }

    /** The settings the shipped weights were trained with (on the cores, at most 4: the result does not depend on them). */
    public static TrainingPlan defaults(ModelKind kind) {
        int cores = TrainingConfig.cores();
        return switch (kind) {
            case DENSE -> new TrainingPlan(20, 32, 1e-3, 1, cores, 2);
            case CNN -> new TrainingPlan(12, 32, 2e-3, 1, cores, 2);
        };
    }

    /** What the sequential engine is told: cross-entropy, the optimiser, δ, the batch, the seed, the threads. */
    public TrainingConfig config(OptimizerKind optimizer) {
        return new TrainingConfig(Loss.CATEGORICAL_CROSS_ENTROPY, optimizer, learningRate, batch, 0, seed,
                Math.min(threads, 64));
    }

    public TrainingPlan withEpochs(int n) {
        return new TrainingPlan(n, batch, learningRate, seed, threads, maxShift);
    }
}
