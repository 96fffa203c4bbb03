package deepmath.sequential.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import deepmath.core.AtomicFiles;
import deepmath.core.BadInputException;
import deepmath.datasets.DataCache;
import deepmath.datasets.PulledSets;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The readers of the pulled sets on small files in the packages' layouts, written here: IMDB's four quarters in
 * one JSON array, CIFAR-10's PNG sprites (one picture a row) and label files.
 */
class PulledReadersTest {
    @TempDir
    Path dir;
    DataCache cache;

    @BeforeEach
    void cache() {
        cache = new DataCache(dir);
    }

    private void reviews(String json) throws Exception {
        Files.createDirectories(dir.resolve("imdb"));
        AtomicFiles.writeString(dir.resolve("imdb/reviews.json"), json);
    }

    /** Two reviews a quarter: test/neg, train/neg, test/pos, train/pos. */
    private static final String QUARTERS = "[{\"t\":\"dull film, dull plot\",\"s\":0},{\"t\":\"awful<br />acting\",\"s\":0},"
            + "{\"t\":\"a dull, dull story\",\"s\":0},{\"t\":\"awful and boring\",\"s\":0},"
            + "{\"t\":\"great fun\",\"s\":1},{\"t\":\"a great film\",\"s\":1},"
            + "{\"t\":\"great, great acting\",\"s\":1},{\"t\":\"fun film\",\"s\":1}]";

    @Test
    void imdbTrainsOnTheSecondAndFourthQuartersAndHoldsOutTheFirstAndThird() throws Exception {
        reviews(QUARTERS);
        TrainTest read = new ImdbReviewsReader(() -> cache).read("", DataOptions.parse("imdb", "words=3",
                new ImdbReviewsReader(() -> cache).options()));
        // training texts: train/neg "a dull, dull story", "awful and boring"; train/pos "great, great acting", "fun film"
        // counts: dull 2, great 2, a 1, acting 1, and 1, awful 1, boring 1, film 1, fun 1, story 1 -> dull, great, a
        assertEquals(List.of(3), read.train().shape());
        assertEquals(List.of("neg", "pos"), read.train().classes());
        assertEquals(4, read.train().count());
        // alternating neg, pos: "a dull, dull story", "great, great acting", "awful and boring", "fun film"
        assertEquals(List.of(0, 1, 0, 1), labels(read.train()));
        assertEquals(List.of(1f, 0f, 1f), floats(read.train().inputs()[0]));
        assertEquals(List.of(0f, 1f, 0f), floats(read.train().inputs()[1]));
        assertEquals(List.of(0f, 0f, 0f), floats(read.train().inputs()[2]));
        // held out: "dull film, dull plot" (neg), "great fun" (pos), "awful<br />acting" (neg), "a great film" (pos)
        Examples test = read.test();
        assertEquals(List.of(0, 1, 0, 1), labels(test));
        assertEquals(List.of(1f, 0f, 0f), floats(test.inputs()[0]));
        assertEquals(List.of(0f, 1f, 1f), floats(test.inputs()[3]));
    }

    @Test
    void aReviewInTheWrongQuarterOrAnOddCountIsRefused() throws Exception {
        reviews(QUARTERS.replace("{\"t\":\"great fun\",\"s\":1}", "{\"t\":\"great fun\",\"s\":0}"));
        BadInputException wrong = assertThrows(BadInputException.class,
                () -> new ImdbReviewsReader(() -> cache).read("", DataOptions.none("imdb")));
        assertEquals("reviews.json: review 4 has sentiment 0, but it lies in the quarter of the pos reviews",
                wrong.getMessage());
        reviews("[{\"t\":\"x\",\"s\":0}]");
        BadInputException odd = assertThrows(BadInputException.class,
                () -> new ImdbReviewsReader(() -> cache).read("", DataOptions.none("imdb")));
        assertEquals("reviews.json holds 1 reviews: the package's four quarters (test/neg, train/neg, test/pos,"
                + " train/pos) need a multiple of 4", odd.getMessage());
    }

    @Test
    void aSetNotPulledYetIsRefusedTellingHowToPullIt() {
        BadInputException imdb = assertThrows(BadInputException.class,
                () -> new ImdbReviewsReader(() -> cache).read("", DataOptions.none("imdb")));
        assertEquals("imdb is not downloaded yet (expected in " + dir.resolve("imdb")
                + "): run 'deepmath-lab data pull imdb'", imdb.getMessage());
        BadInputException cifar = assertThrows(BadInputException.class,
                () -> new Cifar10Reader(() -> cache).read("", DataOptions.none("cifar10")));
        assertEquals("cifar10 is not downloaded yet (expected in " + dir.resolve("cifar10")
                + "): run 'deepmath-lab data pull cifar10'", cifar.getMessage());
    }

    /** Picture n of sprite s: pixel k has R = (n + k) mod 256, G = (s·7 + k / 32) mod 256, B = k mod 32 · 8. */
    private static int rgb(int s, int n, int k) {
        int r = (n + k) & 0xFF;
        int g = (s * 7 + k / 32) & 0xFF;
        int b = (k % 32) * 8;
        return r << 16 | g << 8 | b;
    }

    /** Six sprites of {@code rows} pictures (five train, one test) and their labels. */
    private void sprites(int rows, int[] trainLabels, int[] testLabels) throws Exception {
        Path cifar = Files.createDirectories(dir.resolve("cifar10"));
        List<String> names = new ArrayList<>(CifarSprites.TRAIN);
        names.add(CifarSprites.TEST);
        for (int s = 0; s < names.size(); s++) {
            BufferedImage image = new BufferedImage(1024, rows, BufferedImage.TYPE_INT_RGB);
            for (int n = 0; n < rows; n++) {
                for (int k = 0; k < 1024; k++) {
                    image.setRGB(k, n, rgb(s, n, k));
                }
            }
            AtomicFiles.writeImage(image, "png", cifar.resolve(names.get(s)));
        }
        AtomicFiles.writeString(cifar.resolve(CifarSprites.TRAIN_LABELS), java.util.Arrays.toString(trainLabels));
        AtomicFiles.writeString(cifar.resolve(CifarSprites.TEST_LABELS), java.util.Arrays.toString(testLabels));
    }

    @Test
    void cifarSpritesGiveOnePictureARowWithItsPixelsInRgbAndItsLabel() throws Exception {
        sprites(2, new int[] {6, 9, 9, 4, 1, 1, 2, 7, 8, 3}, new int[] {3, 8});
        TrainTest read = new Cifar10Reader(() -> cache).read("", DataOptions.none("cifar10"));
        Examples train = read.train();
        assertEquals(10, train.count());
        assertEquals(List.of(32, 32, 3), train.shape());
        assertEquals(List.of(6, 9, 9, 4, 1, 1, 2, 7, 8, 3), labels(train));
        assertEquals("frog", train.classes().get(6));
        // picture 1 of data_batch_3 (example 5): place (row 2, column 5), k = 69
        float[] x = train.inputs()[5];
        int k = 2 * 32 + 5;
        assertEquals(((1 + k) & 0xFF) / 255f, x[3 * k]);
        assertEquals(((2 * 7 + 2) & 0xFF) / 255f, x[3 * k + 1]);
        assertEquals(5 * 8 / 255f, x[3 * k + 2]);
        Examples test = read.test();
        assertEquals(List.of(3, 8), labels(test));
        assertEquals(((5 * 7 + 31) & 0xFF) / 255f, test.inputs()[1][3 * 1023 + 1]);
        assertEquals(3, new Cifar10Reader(() -> cache).read("", DataOptions.parse("cifar10", "limit=3",
                new Cifar10Reader().options())).train().count());
    }

    @Test
    void catsAndDogsAreCifarsClassesThreeAndFiveDoubledTo64OrKeptAt32() throws Exception {
        sprites(2, new int[] {3, 9, 5, 4, 1, 3, 2, 7, 8, 5}, new int[] {5, 8});
        CifarCatsDogsReader reader = new CifarCatsDogsReader(() -> cache);
        TrainTest read = reader.read("", DataOptions.none("cifar10-cats-dogs"));
        Examples train = read.train();
        assertEquals(List.of("cat", "dog"), train.classes());
        assertEquals(List.of(64, 64, 3), train.shape());
        // labels 3 (sprite 0 row 0), 5 (sprite 1 row 0), 3 (sprite 2 row 1), 5 (sprite 4 row 1)
        assertEquals(List.of(0, 1, 0, 1), labels(train));
        // the doubled picture: pixel (7, 9) of 64 × 64 is pixel (3, 4) of sprite 2's picture 1
        int k = 3 * 32 + 4;
        int at = 3 * (7 * 64 + 9);
        assertEquals(((1 + k) & 0xFF) / 255f, train.inputs()[2][at]);
        assertEquals(((2 * 7 + 3) & 0xFF) / 255f, train.inputs()[2][at + 1]);
        assertEquals(List.of(1), labels(read.test()));
        Examples small = reader.read("", DataOptions.parse("cifar10-cats-dogs", "size=32", reader.options())).train();
        assertEquals(List.of(32, 32, 3), small.shape());
        assertEquals(((1 + k) & 0xFF) / 255f, small.inputs()[2][3 * k]);
    }

    @Test
    void aSpriteOfTheWrongWidthOrLabelsOfTheWrongCountAreRefused() throws Exception {
        sprites(2, new int[] {3, 9, 5, 4, 1, 3, 2, 7, 8}, new int[] {5, 8});
        BadInputException labels = assertThrows(BadInputException.class,
                () -> new Cifar10Reader(() -> cache).read("", DataOptions.none("cifar10")));
        assertEquals("train_lables.json holds 9 labels for 10 pictures", labels.getMessage());
        AtomicFiles.writeImage(new BufferedImage(512, 2, BufferedImage.TYPE_INT_RGB), "png",
                dir.resolve("cifar10/data_batch_1.png"));
        BadInputException width = assertThrows(BadInputException.class,
                () -> new Cifar10Reader(() -> cache).read("", DataOptions.none("cifar10")));
        assertEquals("data_batch_1.png is 512 × 2 pixels: a CIFAR-10 sprite is 1024 pixels wide, one 32 × 32"
                + " picture a row", width.getMessage());
    }

    @Test
    void thePulledKindsAreInTheStandardSource() {
        assertEquals(true, DataSource.standard().kinds().containsAll(List.of("imdb", "cifar10", "cifar10-cats-dogs")));
        assertEquals(PulledSets.CIFAR10.name(), "cifar10");
    }

    private static List<Integer> labels(Examples e) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < e.count(); i++) {
            out.add(e.label(i));
        }
        return out;
    }

    private static List<Float> floats(float[] v) {
        List<Float> out = new ArrayList<>();
        for (float f : v) {
            out.add(f);
        }
        return out;
    }
}
