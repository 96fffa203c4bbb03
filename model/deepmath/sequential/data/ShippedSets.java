package deepmath.sequential.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * The labelled sets shipped with the lab (origin and licence in {@code resources/DATA.md}), for the book's image
 * and text tasks when the reader has neither the cats and dogs nor the IMDB reviews:
 * <ul>
 * <li>{@code faces}: scikit-image's {@code lfw_subset.npy}, 100 faces then 100 non-faces, 25 × 25 grey in [0, 1] —
 * a binary task like the book's cat vs dog (line 15831); classes non-face 0, face 1; the last 20 of each held
 * out.</li>
 * <li>{@code spam}: e-mails of the SpamAssassin public corpus, ham 0 or spam 1, train and test parts as shipped —
 * a binary text task like the book's reviews, read as the book reads them ({@link BagOfWords},
 * {@code words=1000}).</li>
 * </ul>
 */
public final class ShippedSets {
    public static final String FACES = "/datasets/lfw_subset.npy";
    public static final String SPAM = "/datasets/spamassassin-small.tsv.gz";
    public static final List<String> FACE_CLASSES = List.of("non-face", "face");
    public static final List<String> SPAM_CLASSES = List.of("ham", "spam");
    /** Faces and non-faces held out of each class: the last 20 of each 100. */
    public static final int FACES_HELD_OUT = 20;

    private ShippedSets() {
    }

    static DataReader faces() {
        return (argument, options) -> {
            nothingMore("faces", argument);
            return faces(NpyArray.read(resource(FACES), "lfw_subset.npy"));
        };
    }

    static DataReader spam() {
        return new DataReader() {
            @Override
            public TrainTest read(String argument, DataOptions options) {
                nothingMore("spam", argument);
                return spam(options.integer(DataOptions.WORDS, TextFolderReader.DEFAULT_WORDS, 1, 100_000));
            }

            @Override
            public Set<String> options() {
                return Set.of(DataOptions.WORDS);
            }
        };
    }

    private static void nothingMore(String kind, String argument) {
        if (!argument.isEmpty()) {
            throw new deepmath.core.BadInputException(ExamplesProblem.NO_ARGUMENT_TAKEN, kind, argument);
        }
    }

    /** The faces set from the array [200, 25, 25]: faces first, then non-faces, each held out at its end. */
    static TrainTest faces(NpyArray array) {
        int count = array.shape().get(0);
        int half = count / 2;
        int side = array.shape().get(1);
        int size = side * array.shape().get(2);
        List<float[]> trainX = new ArrayList<>();
        List<float[]> trainT = new ArrayList<>();
        List<float[]> testX = new ArrayList<>();
        List<float[]> testT = new ArrayList<>();
        for (int i = 0; i < half; i++) {
            // non-face (label 0) then face (label 1), in turn, as ClassFolders lists classes
            for (int label = 0; label < 2; label++) {
                int image = label == 1 ? i : half + i;
                float[] x = new float[size];
                for (int k = 0; k < size; k++) {
                    x[k] = (float) array.values()[image * size + k];
                }
                boolean held = i >= half - FACES_HELD_OUT;
                (held ? testX : trainX).add(x);
                (held ? testT : trainT).add(ClassFolders.oneHot(label, 2));
            }
        }
        List<Integer> shape = List.of(side, array.shape().get(2), 1);
        return new TrainTest(
                new Examples("faces", shape, trainX.toArray(float[][]::new), trainT.toArray(float[][]::new), FACE_CLASSES),
                new Examples("faces (test)", shape, testX.toArray(float[][]::new), testT.toArray(float[][]::new),
                        FACE_CLASSES));
    }

    /** The spam set: lines "train|test TAB ham|spam TAB text". */
    static TrainTest spam(int words) {
        List<String> trainTexts = new ArrayList<>();
        List<Integer> trainLabels = new ArrayList<>();
        List<String> testTexts = new ArrayList<>();
        List<Integer> testLabels = new ArrayList<>();
        String all = new String(gunzip(resource(SPAM)), StandardCharsets.UTF_8);
        for (String line : all.split("\n")) {
            String[] cells = line.split("\t", 3);
            if (cells.length < 3) {
                continue;
            }
            boolean train = cells[0].equals("train");
            (train ? trainTexts : testTexts).add(cells[2]);
            (train ? trainLabels : testLabels).add(SPAM_CLASSES.indexOf(cells[1]));
        }
        BagOfWords bag = BagOfWords.mostFrequent(trainTexts, words);
        return new TrainTest(bag.examples("spam", trainTexts, ints(trainLabels), SPAM_CLASSES),
                bag.examples("spam (test)", testTexts, ints(testLabels), SPAM_CLASSES));
    }

    private static int[] ints(List<Integer> values) {
        return values.stream().mapToInt(Integer::intValue).toArray();
    }

    static byte[] resource(String path) {
        try (InputStream in = ShippedSets.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("the lab's resource " + path + " is missing from the build");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] gunzip(byte[] bytes) {
        try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
