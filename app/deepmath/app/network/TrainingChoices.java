package deepmath.app.network;

import deepmath.nn.Loss;
import deepmath.nn.Regularization;
import deepmath.nn.TrainingSettings;
import deepmath.optim.OptimizerKind;
import java.util.Objects;

/**
 * The training settings chosen in the panel: loss, optimiser, the step δ, batch size, regularisation and its
 * rate λ, the share of points held out for testing, and τ of the lowered step δ/(1 + e/τ) (0: constant).
 */
record TrainingChoices(Loss loss, OptimizerKind optimizer, double learningRate, int batchSize,
                       Regularization regularization, double lambda, double testFraction, double stepDecay) {
    static final TrainingChoices DEFAULT = new TrainingChoices(Loss.MSE, OptimizerKind.ADAM, 0.03, 10,
            Regularization.NONE, 0, 0, 0);
    /** The momentum μ of the momentum and Nesterov optimisers (not a control of the panel). */
    static final double MOMENTUM = 0.9;

    TrainingChoices {
        Objects.requireNonNull(loss);
        Objects.requireNonNull(optimizer);
        Objects.requireNonNull(regularization);
    }

    /** What the trainer runs with, batches shuffled by {@code seed}. */
    TrainingSettings settings(long seed) {
        return new TrainingSettings(loss, optimizer, learningRate, MOMENTUM, batchSize, regularization, lambda, seed,
                stepDecay);
    }

    /** A preset's suggestion (it says nothing of the test share: {@code NetworkLab.loadPreset} sets that). */
    TrainingChoices suggested(TrainingSettings s) {
        return new TrainingChoices(s.loss(), s.optimizer(), s.learningRate(), s.batchSize(), s.regularization(),
                s.lambda(), testFraction, s.stepDecay());
    }

    TrainingChoices withLoss(Loss value) {
        return new TrainingChoices(value, optimizer, learningRate, batchSize, regularization, lambda, testFraction,
                stepDecay);
    }

    TrainingChoices withOptimizer(OptimizerKind value) {
        return new TrainingChoices(loss, value, learningRate, batchSize, regularization, lambda, testFraction,
                stepDecay);
    }

    TrainingChoices withLearningRate(double value) {
        return new TrainingChoices(loss, optimizer, value, batchSize, regularization, lambda, testFraction, stepDecay);
    }

    TrainingChoices withBatchSize(int value) {
        return new TrainingChoices(loss, optimizer, learningRate, value, regularization, lambda, testFraction,
                stepDecay);
    }

    TrainingChoices withRegularization(Regularization value) {
        return new TrainingChoices(loss, optimizer, learningRate, batchSize, value, lambda, testFraction, stepDecay);
    }

    TrainingChoices withLambda(double value) {
        return new TrainingChoices(loss, optimizer, learningRate, batchSize, regularization, value, testFraction,
                stepDecay);
    }

    TrainingChoices withTestFraction(double value) {
        return new TrainingChoices(loss, optimizer, learningRate, batchSize, regularization, lambda, value, stepDecay);
    }

    TrainingChoices withStepDecay(double value) {
        return new TrainingChoices(loss, optimizer, learningRate, batchSize, regularization, lambda, testFraction,
                value);
    }
}
