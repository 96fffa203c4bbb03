package deepmath.nn;

import deepmath.core.BadInputException;
import deepmath.optim.OptimizerKind;

/**
 * The knobs of training: loss, optimiser with its step δ (learning rate, "pas") and momentum μ, mini-batch
 * size, regularisation and its rate λ, the seed that shuffles the batches, and how the step is lowered as
 * training goes: {@code stepDecay} τ (in epochs) gives δₑ = δ / (1 + e/τ) at epoch e (halved after τ epochs),
 * 0 keeps δ constant. A constant step lets mini-batch noise knock a converged network about for ever; a
 * slowly shrinking one lets it settle (Robbins–Monro).
 */
public record TrainingSettings(Loss loss, OptimizerKind optimizer, double learningRate, double momentum,
                               int batchSize, Regularization regularization, double lambda, long seed,
                               double stepDecay) {

    public TrainingSettings {
        if (!(learningRate > 0) || !Double.isFinite(learningRate)) {
            throw new BadInputException(NetworkProblem.LEARNING_RATE, learningRate);
        }
        if (batchSize < 1) {
            throw new BadInputException(NetworkProblem.BATCH_SIZE, batchSize);
        }
        if (!(lambda >= 0) || !Double.isFinite(lambda)) {
            throw new BadInputException(NetworkProblem.LAMBDA, lambda);
        }
        if (!(momentum >= 0 && momentum < 1)) {
            throw new BadInputException(NetworkProblem.MOMENTUM, momentum);
        }
        if (!(stepDecay >= 0) || !Double.isFinite(stepDecay)) {
            throw new BadInputException(NetworkProblem.STEP_DECAY, stepDecay);
        }
    }

    /** A constant step (no decay). */
    public TrainingSettings(Loss loss, OptimizerKind optimizer, double learningRate, double momentum, int batchSize,
                            Regularization regularization, double lambda, long seed) {
        this(loss, optimizer, learningRate, momentum, batchSize, regularization, lambda, seed, 0);
    }

    /** The step δₑ used during epoch e (counted from 0). */
    public double stepAt(int epoch) {
        return stepDecay == 0 ? learningRate : learningRate / (1 + epoch / stepDecay);
    }

    /** Plain gradient descent on the mean squared error, batch 10, no regularisation. */
    public static TrainingSettings defaults() {
        return new TrainingSettings(Loss.MSE, OptimizerKind.SGD, 0.1, 0.9, 10, Regularization.NONE, 0, 1);
    }

    public TrainingSettings withLearningRate(double value) {
        return new TrainingSettings(loss, optimizer, value, momentum, batchSize, regularization, lambda, seed, stepDecay);
    }

    public TrainingSettings withBatchSize(int value) {
        return new TrainingSettings(loss, optimizer, learningRate, momentum, value, regularization, lambda, seed, stepDecay);
    }

    public TrainingSettings withLoss(Loss value) {
        return new TrainingSettings(value, optimizer, learningRate, momentum, batchSize, regularization, lambda, seed, stepDecay);
    }

    public TrainingSettings withOptimizer(OptimizerKind value) {
        return new TrainingSettings(loss, value, learningRate, momentum, batchSize, regularization, lambda, seed, stepDecay);
    }

    public TrainingSettings withRegularization(Regularization value, double rate) {
        return new TrainingSettings(loss, optimizer, learningRate, momentum, batchSize, value, rate, seed, stepDecay);
    }

    public TrainingSettings withStepDecay(double epochs) {
        return new TrainingSettings(loss, optimizer, learningRate, momentum, batchSize, regularization, lambda, seed, epochs);
    }

    public TrainingSettings withSeed(long value) {
        return new TrainingSettings(loss, optimizer, learningRate, momentum, batchSize, regularization, lambda, value, stepDecay);
    }
}
