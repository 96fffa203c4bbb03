package deepmath.nn;

import deepmath.core.BadInputException;
import deepmath.optim.OptimizerKind;

/**
 * The knobs of training: loss, optimiser with its step δ (learning rate, "pas") and momentum μ, mini-batch
 * size, regularisation and its rate λ, and the seed that shuffles the batches.
 */
public record TrainingSettings(Loss loss, OptimizerKind optimizer, double learningRate, double momentum,
                               int batchSize, Regularization regularization, double lambda, long seed) {

    public TrainingSettings {
        if (!(learningRate > 0) || !Double.isFinite(learningRate)) {
            throw new BadInputException("the learning rate must be a positive number, got " + learningRate);
        }
        if (batchSize < 1) {
            throw new BadInputException("the batch size must be at least 1, got " + batchSize);
        }
        if (!(lambda >= 0) || !Double.isFinite(lambda)) {
            throw new BadInputException("the regularisation rate must be ≥ 0, got " + lambda);
        }
        if (!(momentum >= 0 && momentum < 1)) {
            throw new BadInputException("the momentum must lie in [0, 1), got " + momentum);
        }
    }

    /** Plain gradient descent on the mean squared error, batch 10, no regularisation. */
    public static TrainingSettings defaults() {
        return new TrainingSettings(Loss.MSE, OptimizerKind.SGD, 0.1, 0.9, 10, Regularization.NONE, 0, 1);
    }

    public TrainingSettings withLearningRate(double value) {
        return new TrainingSettings(loss, optimizer, value, momentum, batchSize, regularization, lambda, seed);
    }

    public TrainingSettings withBatchSize(int value) {
        return new TrainingSettings(loss, optimizer, learningRate, momentum, value, regularization, lambda, seed);
    }

    public TrainingSettings withLoss(Loss value) {
        return new TrainingSettings(value, optimizer, learningRate, momentum, batchSize, regularization, lambda, seed);
    }

    public TrainingSettings withOptimizer(OptimizerKind value) {
        return new TrainingSettings(loss, value, learningRate, momentum, batchSize, regularization, lambda, seed);
    }

    public TrainingSettings withRegularization(Regularization value, double rate) {
        return new TrainingSettings(loss, optimizer, learningRate, momentum, batchSize, value, rate, seed);
    }

    public TrainingSettings withSeed(long value) {
        return new TrainingSettings(loss, optimizer, learningRate, momentum, batchSize, regularization, lambda, value);
    }
}
