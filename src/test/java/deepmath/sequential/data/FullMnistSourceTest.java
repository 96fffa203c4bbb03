package deepmath.sequential.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import deepmath.core.BadInputException;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * The shipped full MNIST ({@code mnist-full}) against facts every MNIST user knows (60 000 / 10 000 digits, the first
 * training labels 5 0 4 1 9, the test set's class counts) and against the IDX bytes themselves, read here with a
 * plain {@link DataInputStream}, not with the lab's reader. Reads the data (a second or two), trains nothing.
 */
class FullMnistSourceTest {
    private static final TrainTest MNIST = MnistSource.dataSource().read("mnist-full");

    @Test
    void sixtyThousandTrainingDigitsAndTenThousandTestDigitsAsTheBookSaysLine11203() {
        assertEquals(60_000, MNIST.train().count());
        assertEquals(10_000, MNIST.held().orElseThrow().count());
        assertEquals(List.of(28, 28, 1), MNIST.train().shape());
        assertEquals(MnistSource.DIGITS, MNIST.train().classes());
        assertEquals(10_000, MnistSource.dataSource().read("mnist-full:test").train().count());
    }

    @Test
    void theFirstLabelsAndTheClassCountsAreMnists() {
        Examples train = MNIST.train();
        Examples test = MNIST.test();
        assertArrayEquals(new int[] {5, 0, 4, 1, 9}, labels(train, 5));
        assertArrayEquals(new int[] {7, 2, 1, 0, 4}, labels(test, 5));
        assertArrayEquals(new int[] {980, 1135, 1032, 1010, 982, 892, 958, 1028, 974, 1009}, counts(test));
        assertArrayEquals(new int[] {5923, 6742, 5958, 6131, 5842, 5421, 5918, 6265, 5851, 5949}, counts(train));
        assertEquals(8, train.label(59_999));
        assertEquals(6, test.label(9_999));
    }

    /** Grey levels are the bytes divided by 255 (the book's X_train/255): the sums of 784 bytes, divided by 255. */
    @Test
    void pixelsAreTheIdxBytesOver255() throws IOException {
        int[] trainSums = byteSums("train", 0, 59_999);
        int[] testSums = byteSums("t10k", 0, 9_999);
        assertEquals(27_525, trainSums[0]);   // the first training digit, a 5
        assertEquals(18_454, testSums[0]);    // the first test digit, a 7
        assertEquals(trainSums[0] / 255.0, sum(MNIST.train().inputs()[0]), 1e-3);
        assertEquals(trainSums[1] / 255.0, sum(MNIST.train().inputs()[59_999]), 1e-3);
        assertEquals(testSums[0] / 255.0, sum(MNIST.test().inputs()[0]), 1e-3);
        assertEquals(testSums[1] / 255.0, sum(MNIST.test().inputs()[9_999]), 1e-3);
        // row 7 of the first test digit: 0 0 0 0 0 0 84 185 159 151 60 36 0 …
        float[] seven = MNIST.test().inputs()[0];
        assertEquals(84 / 255f, seven[7 * 28 + 6], 1e-7);
        assertEquals(185 / 255f, seven[7 * 28 + 7], 1e-7);
        assertEquals(0f, seven[7 * 28 + 12]);
    }

    @Test
    void aPartThatIsNotTrainOrTestIsRefusedInOneLine() {
        BadInputException e = assertThrows(BadInputException.class,
                () -> MnistSource.dataSource().read("mnist-full:all"));
        assertEquals("mnist-full: 'all' is not a part of MNIST (train: the 60000 training digits, test: the 10000 test"
                + " digits)", e.getMessage());
        assertTrue(MnistSource.dataSource().kinds().contains("mnist-full"));
    }

    /** The sums of the bytes of two images of an IDX file on the class path, read without the lab's reader. */
    private static int[] byteSums(String part, int first, int second) throws IOException {
        String path = "/digits/mnist/" + part + "-images-idx3-ubyte.gz";
        try (InputStream raw = FullMnistSourceTest.class.getResourceAsStream(path);
             DataInputStream in = new DataInputStream(new GZIPInputStream(raw))) {
            assertEquals(2051, in.readInt());
            int count = in.readInt();
            assertEquals(28, in.readInt());
            assertEquals(28, in.readInt());
            byte[] pixels = in.readAllBytes();
            assertEquals(count * 784, pixels.length);
            return new int[] {bytes(pixels, first), bytes(pixels, second)};
        }
    }

    private static int bytes(byte[] pixels, int image) {
        int s = 0;
        for (int i = image * 784; i < image * 784 + 784; i++) {
            s += pixels[i] & 0xff;
        }
        return s;
    }

    private static double sum(float[] x) {
        double s = 0;
        for (float v : x) {
            s += v;
        }
        return s;
    }

    private static int[] labels(Examples e, int n) {
        int[] l = new int[n];
        for (int i = 0; i < n; i++) {
            l[i] = e.label(i);
        }
        return l;
    }

    private static int[] counts(Examples e) {
        int[] c = new int[10];
        for (int i = 0; i < e.count(); i++) {
            c[e.label(i)]++;
        }
        return c;
    }
}
