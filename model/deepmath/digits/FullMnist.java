package deepmath.digits;

/**
 * LeCun, Cortes and Burges' whole MNIST as the book loads it ({@code mnist.load_data()}, lines 11212 and 11307):
 * 60 000 training digits and the 10 000 test digits, in the original files' order, shipped in
 * {@code resources/digits/mnist/} (origin in DATA.md). Pixels divided by 255, as the book does. Reading the
 * training part takes about a second and 190 MB, so callers read it when a training starts, never at start-up.
 */
public final class FullMnist {
    public static final int TRAIN_SIZE = 60_000;
    public static final int TEST_SIZE = 10_000;
    static final String FOLDER = "/digits/mnist/";

    private FullMnist() {
    }

    /** The 60 000 training digits (train-images-idx3-ubyte, train-labels-idx1-ubyte). */
    public static DigitSet train() {
        return part("train");
    }

    /** The 10 000 test digits (t10k-images-idx3-ubyte, t10k-labels-idx1-ubyte), never trained on. */
    public static DigitSet test() {
        return part("t10k");
    }

    private static DigitSet part(String prefix) {
        return DigitSet.resource(FOLDER + prefix + "-images-idx3-ubyte.gz", FOLDER + prefix + "-labels-idx1-ubyte.gz");
    }
}
