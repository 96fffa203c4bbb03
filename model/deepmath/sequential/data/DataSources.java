package deepmath.sequential.data;

/**
 * Every reader of the lab: the readers of {@link DataSource#standard()} (function, CSV, CIFAR-10, image folders,
 * texts, the shipped faces and e-mails) and the shipped MNIST digits, which this package reads through the digits
 * lab's {@code DigitSet}. {@link #load} gives the training examples of a description (the command line's
 * {@code --data}), {@link #read} the training and held-out parts (the model builder's panel).
 */
public final class DataSources {
    private final DataSource source;

    private DataSources(DataSource source) {
        this.source = source;
    }

    public static DataSources standard() {
        return new DataSources(DataSource.standard().with("mnist", new MnistSource()));
    }

    /** The readers as one {@link DataSource}. */
    public DataSource source() {
        return source;
    }

    /** The training examples of {@code description}; bad input is refused in one line. */
    public Examples load(String description) {
        return source.train(description);
    }

    /** The training and held-out examples of {@code description}. */
    public TrainTest read(String description) {
        return source.read(description);
    }
}
