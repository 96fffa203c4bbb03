package deepmath.sequential.data;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import deepmath.core.BadInputException;
import deepmath.datasets.DataCache;
import deepmath.datasets.PulledSet;
import deepmath.datasets.PulledSets;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * {@code imdb}: the IMDB reviews pulled by {@code deepmath-lab data pull imdb} ({@link PulledSets#IMDB}): one JSON
 * array of {@code {"t": text, "s": 0|1}} in four equal quarters, aclImdb's test/neg, train/neg, test/pos,
 * train/pos — so the book's split, 25 000 reviews to train on and 25 000 held out, each half negative. The same
 * vectors as {@code text:aclImdb} ({@link TextFolderReader}): the {@code words=1000} most frequent words of the
 * training reviews, each review its 0/1 vector; neg 0, pos 1; examples alternate neg, pos so that a validation
 * split taken at the end holds both. {@code per-class=N} keeps the first N of each class in each part. Every
 * review's sentiment is checked against its quarter.
 */
public final class ImdbReviewsReader implements DataReader {
    public static final String FILE = "reviews.json";
    static final List<String> CLASSES = List.of("neg", "pos");
    private final Supplier<DataCache> cache;

    public ImdbReviewsReader(Supplier<DataCache> cache) {
        this.cache = cache;
    }

    @Override
    public Set<String> options() {
        return Set.of(DataOptions.WORDS, DataOptions.PER_CLASS);
    }

    @Override
    public TrainTest read(String argument, DataOptions options) {
        if (!argument.isEmpty()) {
            throw new BadInputException(ExamplesProblem.PULLED_ARGUMENT, "imdb", argument);
        }
        PulledSet set = PulledSets.IMDB;
        Path file = cache.get().require(set).resolve(FILE);
        int words = options.integer(DataOptions.WORDS, TextFolderReader.DEFAULT_WORDS, 1, 100_000);
        int perClass = options.integer(DataOptions.PER_CLASS, Integer.MAX_VALUE, 1, Integer.MAX_VALUE);
        List<Review> reviews = reviews(file);
        int n = reviews.size();
        if (n == 0 || n % 4 != 0) {
            throw new BadInputException(ExamplesProblem.REVIEWS_COUNT, FILE, n);
        }
        int q = n / 4;
        // Quarters: 0 test/neg, 1 train/neg, 2 test/pos, 3 train/pos.
        int[] sentiment = {0, 0, 1, 1};
        for (int i = 0; i < n; i++) {
            int expected = sentiment[i / q];
            if (reviews.get(i).sentiment() != expected) {
                throw new BadInputException(ExamplesProblem.REVIEWS_LAYOUT, FILE, i, reviews.get(i).sentiment(),
                        CLASSES.get(expected));
            }
        }
        int keep = Math.min(q, perClass);
        List<String> trainTexts = new ArrayList<>();
        List<String> testTexts = new ArrayList<>();
        int[] trainLabels = new int[2 * keep];
        int[] testLabels = new int[2 * keep];
        for (int i = 0; i < keep; i++) {
            for (int c = 0; c < 2; c++) {
                trainLabels[trainTexts.size()] = c;
                trainTexts.add(reviews.get((c == 0 ? 1 : 3) * q + i).text());
                testLabels[testTexts.size()] = c;
                testTexts.add(reviews.get((c == 0 ? 0 : 2) * q + i).text());
            }
        }
        BagOfWords bag = BagOfWords.mostFrequent(trainTexts, words);
        return new TrainTest(bag.examples("IMDB", trainTexts, trainLabels, CLASSES),
                bag.examples("IMDB (test)", testTexts, testLabels, CLASSES));
    }

    record Review(String text, int sentiment) {
    }

    /** The array, streamed (66 MB of text: no tree of it is built). */
    static List<Review> reviews(Path file) {
        List<Review> out = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); JsonParser p = new JsonFactory().createParser(in)) {
            if (p.nextToken() != JsonToken.START_ARRAY) {
                throw format("no array");
            }
            while (p.nextToken() == JsonToken.START_OBJECT) {
                String text = null;
                int sentiment = -1;
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String field = p.getCurrentName();
                    JsonToken value = p.nextToken();
                    if (field.equals("t") && value == JsonToken.VALUE_STRING) {
                        text = p.getText();
                    } else if (field.equals("s") && value == JsonToken.VALUE_NUMBER_INT) {
                        sentiment = p.getIntValue();
                    } else {
                        p.skipChildren();
                    }
                }
                if (text == null || (sentiment != 0 && sentiment != 1)) {
                    throw format("review " + out.size() + " lacks its text or its 0/1 sentiment");
                }
                out.add(new Review(text, sentiment));
            }
        } catch (IOException e) {
            throw new BadInputException(e, ExamplesProblem.REVIEWS_FORMAT, FILE, e.getMessage());
        }
        return out;
    }

    private static BadInputException format(String why) {
        return new BadInputException(ExamplesProblem.REVIEWS_FORMAT, FILE, why);
    }
}
