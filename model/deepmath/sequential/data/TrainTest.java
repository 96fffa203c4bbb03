package deepmath.sequential.data;

import java.util.Objects;
import java.util.Optional;

/**
 * A data set as read: the examples to train on, and the held-out examples when the source has its own (CIFAR-10's
 * {@code test_batch.bin}, IMDB's {@code test/}, a folder's {@code test/}, the shipped sets' test part). Sources
 * without one (a function, a CSV) leave the validation split to the training.
 */
public record TrainTest(Examples train, Examples test) {

    public TrainTest {
        Objects.requireNonNull(train, "train");
    }

    /** A source without held-out examples. */
    public static TrainTest of(Examples train) {
        return new TrainTest(train, null);
    }

    public Optional<Examples> held() {
        return Optional.ofNullable(test);
    }
}
