package deepmath.sequential.data;

/**
 * Every reader of the lab: the readers of {@link DataSource#standard()} (function, CSV, CIFAR-10, image folders,
 * texts, the shipped faces and e-mails) and the shipped MNIST digits, which this package reads through the digits
 * lab's {@code DigitSet}.
 */
public final class DataSources {
    private DataSources() {
    }

    public static DataSource standard() {
        return DataSource.standard().with("mnist", new MnistSource());
    }
}
