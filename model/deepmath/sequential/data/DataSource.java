package deepmath.sequential.data;

import deepmath.core.BadInputException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import deepmath.datasets.DataCache;

/**
 * The one entry point from a data description (the command line's {@code --data}, the panel's data choice) to
 * {@link Examples}. A description is {@code KIND:ARGUMENT?OPTIONS}:
 * <ul>
 * <li>{@code function:FORMULA:RANGE} — a function of x on {@code a,b,n} (n evenly spaced points from a to b, both
 * included, as numpy's {@code linspace}), or of x and y on {@code xmin,xmax,ymin,ymax,n} (the n × n grid, x varying
 * fastest, as {@code meshgrid} then {@code reshape}); {@code function:book-one-variable} and
 * {@code function:book-two-variables} are the book's two fits (chapter 10); see {@link FunctionExamples}.</li>
 * <li>{@code csv:FILE} — one example per line, the last column the target (or the last {@code targets=K}
 * columns); a target column of words is a class label; see {@link CsvExamples}.</li>
 * <li>{@code cifar10:DIR} — the CIFAR-10 binary batches; see {@link Cifar10Reader}. {@code cifar10} alone: the
 * set {@code deepmath-lab data pull cifar10} downloaded; {@code cifar10-cats-dogs}: its cats and dogs
 * ({@link CifarCatsDogsReader}).</li>
 * <li>{@code imdb} — the IMDB reviews {@code deepmath-lab data pull imdb} downloaded; see
 * {@link ImdbReviewsReader}.</li>
 * <li>{@code folder:DIR} — one sub-folder of images per class, or {@code train/} and {@code test/} each holding
 * them (the book's cats and dogs), resized to {@code size=64} with {@code channels=3}; see {@link ImageFolderReader}.</li>
 * <li>{@code text:DIR} — the IMDB layout {@code aclImdb/train/{pos,neg}/*.txt} (and {@code test/}): the
 * {@code words=1000} most frequent words, each text a 0/1 vector; see {@link TextFolderReader}.</li>
 * <li>{@code faces} — the shipped faces and non-faces (25 × 25 grey), {@code spam} — the shipped e-mails, ham
 * or spam; see {@link ShippedSets}.</li>
 * </ul>
 * The options come after a {@code ?}, separated by commas ({@link DataOptions}). A description is immutable: kinds
 * the model layer cannot read itself (the shipped MNIST digits, read by the training engine) are added with
 * {@link #with}, which returns a new source.
 */
public final class DataSource {
    private final Map<String, DataReader> readers;

    private DataSource(Map<String, DataReader> readers) {
        this.readers = readers;
    }

    /** The kinds of this package: function, csv, cifar10, cifar10-cats-dogs, imdb, folder, text, faces, spam. */
    public static DataSource standard() {
        return standard(DataCache::fromEnvironment);
    }

    /** As {@link #standard()}, the downloaded sets ({@code cifar10}, {@code imdb}, …) read from {@code cache}. */
    public static DataSource standard(Supplier<DataCache> cache) {
        Map<String, DataReader> readers = new LinkedHashMap<>();
        readers.put("function", new FunctionExamples());
        readers.put("csv", new CsvExamples());
        readers.put("cifar10", new Cifar10Reader(cache));
        readers.put("cifar10-cats-dogs", new CifarCatsDogsReader(cache));
        readers.put("imdb", new ImdbReviewsReader(cache));
        readers.put("folder", new ImageFolderReader());
        readers.put("text", new TextFolderReader());
        readers.put("faces", ShippedSets.faces());
        readers.put("spam", ShippedSets.spam());
        return new DataSource(Map.copyOf(readers));
    }

    /** This source with one more kind (or another reader for a kind), e.g. {@code with("mnist", digits)}. */
    public DataSource with(String kind, DataReader reader) {
        Objects.requireNonNull(reader, "reader");
        if (!kind.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("a kind is a lower-case word, got " + kind);
        }
        Map<String, DataReader> more = new LinkedHashMap<>(readers);
        more.put(kind, reader);
        return new DataSource(Map.copyOf(more));
    }

    /** The kinds this source reads, sorted. */
    public List<String> kinds() {
        return readers.keySet().stream().sorted().toList();
    }

    /** Reads {@code description}; bad input is refused in one line naming what is wrong. */
    public TrainTest read(String description) {
        String text = description.strip();
        int colon = text.indexOf(':');
        String head = colon < 0 ? text : text.substring(0, colon);
        String rest = colon < 0 ? "" : text.substring(colon + 1);
        String options = "";
        if (colon < 0 && head.contains("?")) {
            options = head.substring(head.indexOf('?') + 1);
            head = head.substring(0, head.indexOf('?'));
        } else if (rest.lastIndexOf('?') >= 0) {
            options = rest.substring(rest.lastIndexOf('?') + 1);
            rest = rest.substring(0, rest.lastIndexOf('?'));
        }
        String kind = head.strip().toLowerCase(java.util.Locale.ROOT);
        DataReader reader = readers.get(kind);
        if (reader == null) {
            throw new BadInputException(ExamplesProblem.UNKNOWN_KIND, description, String.join(", ", kinds()));
        }
        return reader.read(rest.strip(), DataOptions.parse(kind, options, reader.options()));
    }

    /** The training examples of {@code description} (its held-out part, if any, is left aside). */
    public Examples train(String description) {
        return read(description).train();
    }

    /** Refuses an empty argument of {@code kind}, showing an {@code example} of a whole description. */
    static void requireArgument(String argument, String kind, String example) {
        if (argument.isEmpty()) {
            throw new BadInputException(ExamplesProblem.NO_ARGUMENT, kind, example);
        }
    }
}
