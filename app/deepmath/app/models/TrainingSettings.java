package deepmath.app.models;

import java.util.List;

/**
 * The settings of the next training run, as the book's {@code compile} and {@code fit} calls give them: the loss
 * and the optimiser (keras's names), the learning rate, the epochs, the mini-batch size, the share of the data
 * held out for validation and the seed that makes a run reproducible.
 */
public record TrainingSettings(String loss, String optimizer, double learningRate, int epochs, int batch,
                               double validationSplit, long seed) {
    public static final List<String> LOSSES = List.of("mean_squared_error", "mean_absolute_error",
            "mean_squared_logarithmic_error", "binary_crossentropy", "categorical_crossentropy");
    /** {@code OptimizerKind}'s keys: SGD, with momentum μ = 0.9, with Nesterov's momentum, AdaGrad, RMSprop, Adam. */
    public static final List<String> OPTIMIZERS = List.of("sgd", "momentum", "nesterov", "adagrad", "rmsprop", "adam");
    public static final int MAX_EPOCHS = 1000;
    public static final int MAX_BATCH = 100_000;
    public static final double MAX_RATE = 10;
    public static final double MAX_SPLIT = 0.9;
    public static final long MAX_SEED = 1_000_000_000L;

    public TrainingSettings {
        if (!LOSSES.contains(loss) || !OPTIMIZERS.contains(optimizer)) {
            throw new IllegalArgumentException("unknown loss or optimiser: " + loss + ", " + optimizer);
        }
    }

    /** The book's choice for a classification (categorical cross-entropy with Adam, ch. 10 and 14). */
    public static TrainingSettings classification() {
        return new TrainingSettings("categorical_crossentropy", "adam", 0.001, 5, 32, 0.1, 1);
    }

    /** The book's {@code compile}/{@code fit} of a preset; a whole-set batch (batch_size=N) is {@link #MAX_BATCH}. */
    public static TrainingSettings of(deepmath.sequential.BookTraining t) {
        String optimizer = t.optimizer().equals("sgd") && t.momentum() > 0 ? (t.nesterov() ? "nesterov" : "momentum")
                : t.optimizer();
        return new TrainingSettings(t.loss(), optimizer, t.learningRate(), t.epochs(),
                t.batch() == 0 ? MAX_BATCH : t.batch(), 0.1, 1);
    }

    /** The engine's loss for the keras name. */
    public deepmath.nn.Loss engineLoss() {
        return switch (loss) {
            case "mean_squared_error" -> deepmath.nn.Loss.MSE;
            case "mean_absolute_error" -> deepmath.nn.Loss.MAE;
            case "mean_squared_logarithmic_error" -> deepmath.nn.Loss.MSLE;
            case "binary_crossentropy" -> deepmath.nn.Loss.BINARY_CROSS_ENTROPY;
            default -> deepmath.nn.Loss.CATEGORICAL_CROSS_ENTROPY;
        };
    }

    public TrainingSettings withLoss(String v) {
        return new TrainingSettings(v, optimizer, learningRate, epochs, batch, validationSplit, seed);
    }

    public TrainingSettings withOptimizer(String v) {
        return new TrainingSettings(loss, v, learningRate, epochs, batch, validationSplit, seed);
    }

    public TrainingSettings withLearningRate(double v) {
        return new TrainingSettings(loss, optimizer, v, epochs, batch, validationSplit, seed);
    }

    public TrainingSettings withEpochs(int v) {
        return new TrainingSettings(loss, optimizer, learningRate, v, batch, validationSplit, seed);
    }

    public TrainingSettings withBatch(int v) {
        return new TrainingSettings(loss, optimizer, learningRate, epochs, v, validationSplit, seed);
    }

    public TrainingSettings withValidationSplit(double v) {
        return new TrainingSettings(loss, optimizer, learningRate, epochs, batch, v, seed);
    }

    public TrainingSettings withSeed(long v) {
        return new TrainingSettings(loss, optimizer, learningRate, epochs, batch, validationSplit, v);
    }
}
