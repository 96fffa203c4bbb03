package deepmath.sequential.data;

import deepmath.core.BadInputException;
import deepmath.digits.DigitSet;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The shipped MNIST digits as the digits lab splits them, the {@code mnist} kind of {@link DataSource}:
 * {@code mnist} or {@code mnist:train} the 8 000 training digits, {@code mnist:test} the 2 000 held out, {@code mnist:all} the 10 000. Images [28, 28, 1], grey levels in
 * [0, 1] (the book divides by 255), one-hot targets over the classes "0" … "9" (the book's to_categorical).
 */
public final class MnistSource implements DataReader {
    public static final List<String> DIGITS = IntStream.range(0, 10).mapToObj(String::valueOf).toList();

    /**
     * Every kind of the lab: the data package's readers, the shipped 10 000 digits as {@code mnist} and the whole
     * MNIST as {@code mnist-full} ({@link FullMnistSource}).
     */
    public static DataSource dataSource() {
        return dataSource(deepmath.datasets.DataCache::fromEnvironment);
    }

    /** As {@link #dataSource()}, the downloaded sets read from {@code cache}. */
    public static DataSource dataSource(java.util.function.Supplier<deepmath.datasets.DataCache> cache) {
        return DataSource.standard(cache).with("mnist", new MnistSource()).with(FullMnistSource.KIND, new FullMnistSource());
    }

    /** {@code mnist} and {@code mnist:train} hold the 2 000 held-out digits as their test part. */
    @Override
    public TrainTest read(String argument, DataOptions options) {
        String part = argument.strip().isEmpty() ? "train" : argument.strip();
        return switch (part) {
            case "train" -> new TrainTest(of("mnist", DigitSet.shippedSplit().train()),
                    of("mnist:test", DigitSet.shippedSplit().test()));
            case "test" -> TrainTest.of(of("mnist:test", DigitSet.shippedSplit().test()));
            case "all" -> TrainTest.of(of("mnist:all", DigitSet.shipped()));
            default -> throw new BadInputException(DataProblem.MNIST_PART, part);
        };
    }

    /** The part named by {@code argument} ("", train, test, all) as examples. */
    public Examples load(String argument) {
        return read(argument, DataOptions.none("mnist")).train();
    }

    /** Any digit set as examples (e.g. a subset for a quick test). */
    public static Examples of(String name, DigitSet digits) {
        float[][] inputs = new float[digits.size()][];
        float[][] targets = new float[digits.size()][DigitSet.CLASSES];
        for (int s = 0; s < digits.size(); s++) {
            inputs[s] = digits.image(s);
            targets[s][digits.label(s)] = 1;
        }
        return new Examples(name, List.of(DigitSet.SIDE, DigitSet.SIDE, 1), inputs, targets, DIGITS);
    }
}
