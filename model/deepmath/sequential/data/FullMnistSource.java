package deepmath.sequential.data;

import deepmath.core.BadInputException;
import deepmath.digits.FullMnist;

/**
 * The whole MNIST as the book trains on it, the {@code mnist-full} kind of {@link DataSource}: {@code mnist-full}
 * or {@code mnist-full:train} the 60 000 training digits with the 10 000 test digits as their held-out part,
 * {@code mnist-full:test} the 10 000 test digits alone. A validation share (keras's {@code validation_split}) is
 * taken from the training digits by the training; the test digits stay for the final accuracy, as the book's
 * {@code evaluate(X_test, Y_test)}. Images [28, 28, 1] in [0, 1], one-hot targets over "0" … "9".
 */
public final class FullMnistSource implements DataReader {
    public static final String KIND = "mnist-full";

    @Override
    public TrainTest read(String argument, DataOptions options) {
        String part = argument.strip().isEmpty() ? "train" : argument.strip();
        return switch (part) {
            case "train" -> new TrainTest(MnistSource.of(KIND, FullMnist.train()), test());
            case "test" -> TrainTest.of(test());
            default -> throw new BadInputException(DataProblem.MNIST_FULL_PART, part);
        };
    }

    private static Examples test() {
        return MnistSource.of(KIND + ":test", FullMnist.test());
    }
}
