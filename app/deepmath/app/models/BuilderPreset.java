package deepmath.app.models;

import deepmath.core.BookPreset;
import deepmath.core.BookReference;
import deepmath.sequential.ModelSpec;
import deepmath.sequential.ModelSpecJson;
import java.util.List;

/**
 * One of the book's keras networks as the builder opens it: the model (read through {@code ModelSpecJson}, as a
 * user's file would be), the data it was trained on and the book's {@code compile}/{@code fit} settings, with the
 * chapter and the line of the book's text where its listing starts.
 */
public record BuilderPreset(String key, BookReference book, String json, DataChoice data, TrainingSettings training)
        implements BookPreset {

    private static final String POOL = "{\"type\": \"maxpool\", \"size\": 2}";

    /** The book's networks in the order of the book. */
    public static final List<BuilderPreset> ALL = List.of(
            new BuilderPreset("mnist-dense", BookReference.of(10, 11326),
                    "{\"input\": [784], \"layers\": [" + dense(8, "sigmoid") + ", " + dense(8, "sigmoid") + ", "
                            + dense(10, "softmax") + "]}",
                    DataChoice.of(DataChoice.Kind.MNIST),
                    new TrainingSettings("categorical_crossentropy", "sgd", 0.01, 40, 32, 0.1, 1)),
            new BuilderPreset("function-1", BookReference.of(10, 11519),
                    "{\"input\": [1], \"layers\": [" + dense(10, "tanh") + ", " + dense(10, "tanh") + ", "
                            + dense(10, "tanh") + ", " + dense(10, "tanh") + ", " + dense(1, "linear") + "]}",
                    DataChoice.of(DataChoice.Kind.FUNCTION),
                    new TrainingSettings("mean_squared_error", "momentum", 0.001, 4000, 100, 0, 1)),
            new BuilderPreset("function-2", BookReference.of(10, 11995),
                    "{\"input\": [2], \"layers\": [" + dense(10, "relu") + ", " + dense(10, "relu") + ", "
                            + dense(10, "relu") + ", " + dense(1, "linear") + "]}",
                    new DataChoice(DataChoice.Kind.FUNCTION, "x*cos(y)", "-4:4", ""),
                    new TrainingSettings("mean_squared_error", "sgd", 0.01, 1000, 625, 0, 1)),
            new BuilderPreset("text", BookReference.of(10, 12273),
                    "{\"input\": [1000], \"layers\": [" + dense(5, "relu") + ", " + dense(5, "relu") + ", "
                            + dense(5, "relu") + ", " + dense(1, "sigmoid") + "]}",
                    DataChoice.of(DataChoice.Kind.TEXT),
                    new TrainingSettings("binary_crossentropy", "sgd", 0.01, 10, 32, 0.1, 1)),
            new BuilderPreset("cifar-dense", BookReference.of(10, 12348),
                    "{\"input\": [3072], \"layers\": [" + dense(30, "sigmoid") + ", " + dense(30, "sigmoid") + ", "
                            + dense(30, "sigmoid") + ", " + dense(30, "sigmoid") + ", " + dense(10, "softmax") + "]}",
                    DataChoice.of(DataChoice.Kind.CIFAR10),
                    new TrainingSettings("categorical_crossentropy", "adam", 0.001, 10, 32, 0.1, 1)),
            new BuilderPreset("mnist-cnn", BookReference.of(14, 15658),
                    "{\"input\": [28, 28, 1], \"layers\": [" + conv(32) + ", " + conv(16)
                            + ", {\"type\": \"flatten\"}, " + dense(10, "softmax") + "]}",
                    DataChoice.of(DataChoice.Kind.MNIST), TrainingSettings.classification()),
            new BuilderPreset("cifar-cnn", BookReference.of(14, 15792),
                    "{\"input\": [32, 32, 3], \"layers\": [" + conv(64) + ", " + conv(64) + ", " + POOL + ", "
                            + conv(64) + ", " + POOL + ", " + conv(64) + ", {\"type\": \"flatten\"}, "
                            + dense(10, "softmax") + "]}",
                    DataChoice.of(DataChoice.Kind.CIFAR10),
                    new TrainingSettings("categorical_crossentropy", "adam", 0.001, 10, 32, 0.1, 1)));

    @Override
    public String bundle() {
        return "models";
    }

    /** The model, read as a user's description is. */
    public ModelSpec spec() {
        return ModelSpecJson.parse(json, key);
    }

    public static BuilderPreset byKey(String key) {
        return ALL.stream().filter(p -> p.key.equals(key)).findFirst().orElse(null);
    }

    private static String dense(int units, String activation) {
        return "{\"type\": \"dense\", \"units\": " + units + ", \"activation\": \"" + activation + "\"}";
    }

    private static String conv(int filters) {
        return "{\"type\": \"conv2d\", \"filters\": " + filters
                + ", \"kernel\": 3, \"padding\": \"same\", \"activation\": \"relu\"}";
    }
}
