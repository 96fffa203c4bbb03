package deepmath.app.models;

import java.util.List;

/**
 * The data set the builder trains on: one of the book's kinds and, for the kinds that need them, the formula and
 * its range (a function of one or two variables, "cos(2*x) + x*sin(3*x) + sqrt(x) - 2" on "0:5") or the file or
 * folder the user chose. The reading itself belongs to {@code deepmath.sequential.data}.
 */
public record DataChoice(Kind kind, String formula, String range, String path) {
    /** The kinds in the order the menu lists them; {@link #key()} names them in sessions and bundles. */
    public enum Kind {
        MNIST("mnist"), MNIST_FULL("mnist-full"), FUNCTION("function"), CSV("csv"), TEXT("text"), SPAM("spam"),
        IMDB("imdb"), CIFAR10("cifar10"), CIFAR10_PULLED("cifar10-pulled"), CATS_DOGS("cifar10-cats-dogs"),
        FOLDER("folder"), FACES("faces");

        private final String key;

        Kind(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }

        /** Whether the kind reads a file or folder the user picks. */
        public boolean needsPath() {
            return this == CSV || this == TEXT || this == CIFAR10 || this == FOLDER;
        }

        /** The set {@code deepmath-lab data pull} downloads for this kind, if it is one of those. */
        public java.util.Optional<deepmath.datasets.PulledSet> pulledSet() {
            return switch (this) {
                case IMDB -> java.util.Optional.of(deepmath.datasets.PulledSets.IMDB);
                case CIFAR10_PULLED, CATS_DOGS -> java.util.Optional.of(deepmath.datasets.PulledSets.CIFAR10);
                default -> java.util.Optional.empty();
            };
        }

        static List<String> keys() {
            return java.util.Arrays.stream(values()).map(Kind::key).toList();
        }

        static Kind fromKey(String key) {
            return java.util.Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst().orElseThrow();
        }
    }

    /** The book's first function fit (ch. 10, line 11510): f(x) = cos 2x + x sin 3x + √x − 2, 100 points of [0, 5]. */
    public static final String BOOK_FORMULA = "cos(2*x) + x*sin(3*x) + sqrt(x) - 2";
    public static final String BOOK_RANGE = "0,5,100";

    public DataChoice {
        formula = formula == null ? "" : formula;
        range = range == null ? "" : range;
        path = path == null ? "" : path;
    }

    public static DataChoice of(Kind kind) {
        return new DataChoice(kind, BOOK_FORMULA, BOOK_RANGE, "");
    }

    /**
     * The choice as {@code DataSource} reads it ("mnist", "function:x*cos(y):-4,4,-4,4,25", "csv:/home/a.csv");
     * a book preset's own description ("function:book-two-variables") is read back to its formula and range.
     */
    public String description() {
        return switch (kind) {
            case MNIST, MNIST_FULL, SPAM, FACES, IMDB, CATS_DOGS -> kind.key();
            case CIFAR10_PULLED -> "cifar10";
            case FUNCTION -> "function:" + formula + ":" + range;
            default -> kind.key() + ":" + path;
        };
    }

    /** A book preset's data description as a choice: its kind, and the formula and range of the book's fits. */
    public static DataChoice of(String kind, java.util.Optional<String> description) {
        Kind k = Kind.fromKey(kind.equals("text") && description.filter("spam"::equals).isPresent() ? "spam" : kind);
        if (k == Kind.FUNCTION && description.isPresent()) {
            String preset = description.get().substring("function:".length());
            String spec = deepmath.sequential.data.FunctionExamples.presetText(preset);
            int colon = spec.lastIndexOf(':');
            return new DataChoice(k, spec.substring(0, colon), spec.substring(colon + 1), "");
        }
        return of(k);
    }

    public DataChoice withKind(Kind k) {
        return new DataChoice(k, formula, range, path);
    }

    public DataChoice withFormula(String f) {
        return new DataChoice(kind, f, range, path);
    }

    public DataChoice withRange(String r) {
        return new DataChoice(kind, formula, r, path);
    }

    public DataChoice withPath(String p) {
        return new DataChoice(kind, formula, range, p);
    }
}
