package deepmath.sequential;

import deepmath.core.BookReference;
import java.util.List;
import java.util.Optional;

/**
 * The book's sequential networks, in the book's order (chapters 10 and 14), each with the line of its keras
 * listing. The faces network is the cat/dog network of line 15927 on the shipped 25 × 25 grey faces (three pools take
 * 25 to 12, 6, 3), for readers without the cats and dogs.
 */
public final class BookArchitectures {
    private static final String MSE = "mean_squared_error";
    private static final String CE = "categorical_crossentropy";
    private static final String BCE = "binary_crossentropy";
    private static final int ALL = 0;

    private static final List<BookArchitecture> ALL_PRESETS = List.of(
            // line 11328; compile sgd (keras's δ = 0.01), fit batch 32, 40 epochs (line 11348)
            new BookArchitecture("mnist-dense", BookReference.of(10, 11328), "mnist", Optional.of("mnist"),
                    BookTraining.sgd(CE, 0.01, 40, 32)),
            // line 11522; SGD δ = 0.001, momentum 0.9, Nesterov, 4000 epochs, batch N (lines 11530-11537)
            new BookArchitecture("fit-one-variable", BookReference.of(10, 11522), "function",
                    Optional.of("function:book-one-variable"),
                    new BookTraining(MSE, "sgd", 0.001, 0.9, true, 4000, ALL)),
            // line 11997; SGD δ = 0.01, 1000 steps on the whole grid (train_on_batch, lines 12004-12011)
            new BookArchitecture("fit-two-variables", BookReference.of(10, 11997), "function",
                    Optional.of("function:book-two-variables"), BookTraining.sgd(MSE, 0.01, 1000, ALL)),
            // line 12275; binary cross-entropy, sgd, 10 epochs, batch 32 (lines 12280-12287); IMDB as text:aclImdb
            new BookArchitecture("text-dense", BookReference.of(10, 12275), "text", Optional.of("spam"),
                    BookTraining.sgd(BCE, 0.01, 10, 32)),
            // line 12350 (p = 30); adam, 10 epochs, batch 32 (lines 12358-12363)
            new BookArchitecture("cifar10-dense", BookReference.of(10, 12350), "cifar10", Optional.empty(),
                    BookTraining.adam(CE, 10, 32)),
            // line 15660; adam, batch 32, 5 epochs (lines 15675-15683)
            new BookArchitecture("mnist-cnn", BookReference.of(14, 15660), "mnist", Optional.of("mnist"),
                    BookTraining.adam(CE, 5, 32)),
            // line 15795; "after about ten epochs" (line 15827); the listing has no compile, ch. 14's adam
            new BookArchitecture("cifar10-cnn-pooling", BookReference.of(14, 15795), "cifar10", Optional.empty(),
                    BookTraining.adam(CE, 10, 32)),
            // line 15788: the same without its two poolings, 767 946 weights
            new BookArchitecture("cifar10-cnn-no-pooling", BookReference.of(14, 15788), "cifar10", Optional.empty(),
                    BookTraining.adam(CE, 10, 32)),
            // line 15927; binary cross-entropy, adam, 10 epochs, batch 32 (lines 15921-15950)
            new BookArchitecture("cats-dogs", BookReference.of(14, 15927), "folder", Optional.empty(),
                    BookTraining.adam(BCE, 10, 32)),
            new BookArchitecture("faces-cnn", BookReference.of(14, 15927), "faces", Optional.of("faces"),
                    BookTraining.adam(BCE, 10, 32)));

    private BookArchitectures() {
    }

    /** Every preset, in the book's order. */
    public static List<BookArchitecture> all() {
        return ALL_PRESETS;
    }

    /** The preset of {@code key}, if there is one. */
    public static Optional<BookArchitecture> byKey(String key) {
        return ALL_PRESETS.stream().filter(a -> a.key().equals(key)).findFirst();
    }

    /** The presets that train on data of {@code kind}. */
    public static List<BookArchitecture> forKind(String kind) {
        return ALL_PRESETS.stream().filter(a -> a.dataKind().equals(kind)).toList();
    }
}
